package org.causette.moderation.staff.control;

import java.time.Duration;
import java.time.Instant;

/** After {@code maxFailures} consecutive failures a username is locked for {@code duration}. */
public record Lockout(int maxFailures, Duration duration) {

    public boolean locked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** @param consecutiveFailures failures so far, this one included */
    public boolean locksAfter(int consecutiveFailures) {
        return consecutiveFailures >= maxFailures;
    }

    public Instant lockedUntil(Instant now) {
        return now.plus(duration);
    }

    /** Whole seconds until the lock ends, rounded up, at least 1. */
    public long retryAfterSeconds(Instant lockedUntil, Instant now) {
        var millis = Duration.between(now, lockedUntil).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
