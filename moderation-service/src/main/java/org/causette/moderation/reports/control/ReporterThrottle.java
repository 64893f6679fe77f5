package org.causette.moderation.reports.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * DSA Art. 23(2): a reporter whose reports are often manifestly unfounded is suspended from reporting for a while.
 * {@code limit} dismissed reports within {@code window} suspend reporting until {@code throttle} after the last one.
 */
public record ReporterThrottle(int limit, Duration window, Duration throttle) {

    /** @return until when reports are refused, or empty when this reporter may report */
    public Optional<Instant> throttledUntil(Collection<Instant> dismissals, Instant now) {
        var recent = dismissals.stream().filter(d -> !d.isBefore(now.minus(window))).sorted().toList();
        if (limit <= 0 || recent.size() < limit) {
            return Optional.empty();
        }
        var until = recent.get(recent.size() - 1).plus(throttle);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
