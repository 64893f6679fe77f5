package org.causette.gateway.ratelimit.control;

import org.causette.kit.problems.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {
    private long now;

    @Test
    void inventedKeysNeverGrowPastTheBound() {
        var cut = new RateLimiter(5, Duration.ofHours(1), () -> now, 1_000);
        for (int i = 0; i < 50_000; i++) {
            cut.acquire("key-" + i);
            assertTrue(cut.keys() <= 1_000, "at most 1,000 keys");
        }
    }

    @Test
    void anExhaustedKeyOutlivesTheCleanUp() {
        var cut = new RateLimiter(2, Duration.ofHours(1), () -> now, 100);
        cut.acquire("abuser");
        cut.acquire("abuser");
        for (int i = 0; i < 99; i++) {
            cut.acquire("other-" + i);
        }
        var refused = assertThrows(ProblemException.class, () -> cut.acquire("abuser"));
        assertEquals(429, refused.status());
    }
}
