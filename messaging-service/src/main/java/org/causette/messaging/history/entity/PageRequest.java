package org.causette.messaging.history.entity;

import org.causette.kit.problems.ProblemException;

/** {@code before} (a message id, optional) and {@code limit} (1 to 100, default 50) as given in the query. */
public record PageRequest(String before, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    /** @throws ProblemException 400 {@code invalid-field} for a limit that is not an integer from 1 to 100 */
    public static PageRequest of(String before, String limit) {
        return new PageRequest(before == null || before.isBlank() ? null : before, parseLimit(limit));
    }

    static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        int value;
        try {
            value = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("limit", "must be an integer from 1 to " + MAX_LIMIT);
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be an integer from 1 to " + MAX_LIMIT);
        }
        return value;
    }
}
