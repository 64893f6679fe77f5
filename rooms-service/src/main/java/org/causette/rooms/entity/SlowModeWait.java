package org.causette.rooms.entity;

import org.causette.kit.problems.ProblemException;

import java.util.Map;

/** Slow mode: the member sent in this room less than {@code slowModeSeconds} ago. */
public class SlowModeWait extends ProblemException {
    public SlowModeWait(int slowModeSeconds, long retryAfterSeconds) {
        super(429, "rate-limited", "Slow mode: one message every " + slowModeSeconds + " s in this room; wait "
                + retryAfterSeconds + " s.", Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
