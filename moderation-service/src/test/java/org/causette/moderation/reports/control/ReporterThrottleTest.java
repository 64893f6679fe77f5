package org.causette.moderation.reports.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReporterThrottleTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final ReporterThrottle cut = new ReporterThrottle(3, Duration.ofDays(7), Duration.ofHours(24));

    @Test
    void fewerDismissalsThanTheLimitDoNotThrottle() {
        assertTrue(cut.throttledUntil(List.of(NOW.minusSeconds(60), NOW.minusSeconds(30)), NOW).isEmpty());
    }

    @Test
    void theLimitWithinTheWindowThrottlesUntilAfterTheLastDismissal() {
        var last = NOW.minusSeconds(10);
        assertEquals(last.plus(Duration.ofHours(24)),
                cut.throttledUntil(List.of(NOW.minusSeconds(3600), last, NOW.minusSeconds(100)), NOW).orElseThrow());
    }

    @Test
    void dismissalsOutsideTheWindowAndAnElapsedThrottleDoNotCount() {
        assertTrue(cut.throttledUntil(List.of(NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(9)),
                NOW.minusSeconds(5)), NOW).isEmpty());
        var old = NOW.minus(Duration.ofDays(2));
        assertTrue(cut.throttledUntil(List.of(old, old.minusSeconds(1), old.minusSeconds(2)), NOW).isEmpty());
    }
}
