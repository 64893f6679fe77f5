package org.causette.gateway.rooms.boundary;

import org.causette.kit.problems.ProblemException;

/** The {@code limit} query parameter of history pages. */
public final class Limits {
    private Limits() {
    }

    public static Integer parse(String limit) {
        if (limit == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidField("limit", "a whole number from 1 to 100.");
    }
}
