package org.causette.moderation.staff.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    private final Lockout cut = new Lockout(5, Duration.ofMinutes(15));

    @Test
    void locksOnTheFifthConsecutiveFailure() {
        assertFalse(cut.locksAfter(4));
        assertTrue(cut.locksAfter(5));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), cut.lockedUntil(NOW));
    }

    @Test
    void aLockLastsFifteenMinutes() {
        var until = cut.lockedUntil(NOW);
        assertTrue(cut.locked(until, NOW));
        assertTrue(cut.locked(until, NOW.plus(Duration.ofMinutes(14))));
        assertFalse(cut.locked(until, until));
        assertFalse(cut.locked(null, NOW));
    }

    @Test
    void retryAfterRoundsUp() {
        assertEquals(900, cut.retryAfterSeconds(cut.lockedUntil(NOW), NOW));
        assertEquals(1, cut.retryAfterSeconds(NOW.plusMillis(10), NOW));
        assertEquals(2, cut.retryAfterSeconds(NOW.plusMillis(1001), NOW));
    }
}
