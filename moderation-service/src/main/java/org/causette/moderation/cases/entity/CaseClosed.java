package org.causette.moderation.cases.entity;

import org.causette.kit.problems.ProblemException;

public class CaseClosed extends ProblemException {
    public CaseClosed() {
        super(409, "case-closed", "This case is already decided (or being decided by someone else).");
    }
}
