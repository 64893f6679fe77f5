package org.causette.rooms.entity;

import org.causette.kit.problems.ProblemException;

public class NotAMember extends ProblemException {
    public NotAMember() {
        super(403, "not-a-member", "Join the room first.");
    }
}
