package org.causette.moderation.appeals.entity;

import org.causette.kit.problems.ProblemException;

public class AppealNotFound extends ProblemException {
    public AppealNotFound() {
        super(404, "not-found", "No appeal with this id.");
    }
}
