package org.causette.moderation.cases.entity;

import org.causette.kit.problems.ProblemException;

public class CaseNotFound extends ProblemException {
    public CaseNotFound(String caseId) {
        super(404, "not-found", "Case " + caseId + " does not exist.");
    }
}
