package org.causette.rooms.control;

import java.time.Duration;
import java.time.Instant;

/** Slow mode arithmetic: when a member who last sent at {@code sentAt} may send again, in whole seconds. */
public final class SlowModeClock {
    public static final int MAX_SECONDS = 3600;

    private SlowModeClock() {
    }

    /** @return 0 if the member may send now, else the seconds to wait (at least 1, rounded up) */
    public static long secondsToWait(Instant sentAt, int slowModeSeconds, Instant now) {
        if (sentAt == null || slowModeSeconds <= 0) {
            return 0;
        }
        var wait = Duration.between(now, sentAt.plusSeconds(slowModeSeconds));
        if (wait.isNegative() || wait.isZero()) {
            return 0;
        }
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public static boolean isValid(Integer seconds) {
        return seconds != null && seconds >= 0 && seconds <= MAX_SECONDS;
    }
}
