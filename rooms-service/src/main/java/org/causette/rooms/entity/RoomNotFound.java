package org.causette.rooms.entity;

import org.causette.kit.problems.ProblemException;

public class RoomNotFound extends ProblemException {
    public RoomNotFound(String roomId) {
        super(404, "not-found", "Room " + roomId + " does not exist.");
    }
}
