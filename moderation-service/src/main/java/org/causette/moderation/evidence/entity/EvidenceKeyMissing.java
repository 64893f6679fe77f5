package org.causette.moderation.evidence.entity;

import org.causette.kit.problems.ProblemException;

import java.util.Map;

/** No evidence key is configured (or it cannot be read): no bundle can be signed. */
public class EvidenceKeyMissing extends ProblemException {
    public EvidenceKeyMissing(String detail) {
        super(503, "evidence-key-missing", detail, Map.of());
    }
}
