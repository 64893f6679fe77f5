package org.causette.rooms.entity;

import org.causette.kit.problems.ProblemException;

public class NotRoomOwner extends ProblemException {
    public NotRoomOwner() {
        super(403, "not-room-owner", "Only the owner of this private room may do that.");
    }
}
