package org.causette.moderation.staff.entity;

import org.causette.kit.problems.ProblemException;

import java.util.Map;

public class LockedOut extends ProblemException {
    public LockedOut(long retryAfterSeconds) {
        super(429, "rate-limited", "Too many failed attempts; try again later.",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
