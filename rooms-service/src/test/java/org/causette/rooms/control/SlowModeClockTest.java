package org.causette.rooms.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlowModeClockTest {
    private static final Instant SENT = Instant.parse("2026-11-23T19:00:00Z");

    @Test
    void waitsTheRestOfThePeriodRoundedUpToWholeSeconds() {
        assertEquals(10, SlowModeClock.secondsToWait(SENT, 10, SENT));
        assertEquals(8, SlowModeClock.secondsToWait(SENT, 10, SENT.plusMillis(2_500)));
        assertEquals(1, SlowModeClock.secondsToWait(SENT, 10, SENT.plusMillis(9_999)));
    }

    @Test
    void noWaitOnceThePeriodIsOverOrWithoutSlowMode() {
        assertEquals(0, SlowModeClock.secondsToWait(SENT, 10, SENT.plusSeconds(10)));
        assertEquals(0, SlowModeClock.secondsToWait(SENT, 0, SENT));
        assertEquals(0, SlowModeClock.secondsToWait(null, 10, SENT));
    }

    @Test
    void slowModeIsFromZeroToOneHour() {
        assertTrue(SlowModeClock.isValid(0));
        assertTrue(SlowModeClock.isValid(3600));
        assertFalse(SlowModeClock.isValid(-1));
        assertFalse(SlowModeClock.isValid(3601));
        assertFalse(SlowModeClock.isValid(null));
    }
}
