package org.causette.rooms.entity;

import org.causette.kit.problems.ProblemException;

public class AudienceMismatch extends ProblemException {
    public AudienceMismatch() {
        super(403, "audience-mismatch", "This room is for another age group.");
    }
}
