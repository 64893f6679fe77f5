package org.causette.rooms.entity;

import org.causette.kit.problems.ProblemException;

public class TooManyInvitations extends ProblemException {
    public TooManyInvitations(int max) {
        super(409, "too-many-invitations", "A private room may have at most " + max + " invited sessions.");
    }
}
