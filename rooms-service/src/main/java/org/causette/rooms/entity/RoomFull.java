package org.causette.rooms.entity;

import org.causette.kit.problems.ProblemException;

public class RoomFull extends ProblemException {
    public RoomFull() {
        super(409, "room-full", "The room is full; try another one.");
    }
}
