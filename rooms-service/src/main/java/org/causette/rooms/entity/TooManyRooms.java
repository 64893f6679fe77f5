package org.causette.rooms.entity;

import org.causette.kit.problems.ProblemException;

public class TooManyRooms extends ProblemException {
    public TooManyRooms(int max) {
        super(409, "too-many-rooms", "A session may own at most " + max + " private rooms at a time.");
    }
}
