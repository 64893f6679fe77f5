package org.causette.moderation.statements.entity;

import org.causette.kit.problems.ProblemException;

public class StatementNotFound extends ProblemException {
    public StatementNotFound() {
        super(404, "not-found", "No statement of reasons with this id.");
    }
}
