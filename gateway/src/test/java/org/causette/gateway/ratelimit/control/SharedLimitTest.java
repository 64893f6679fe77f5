package org.causette.gateway.ratelimit.control;

import org.causette.kit.problems.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharedLimitTest {
    private final AtomicLong clock = new AtomicLong(Duration.ofDays(1000).toMillis());

    private SharedLimit gateway() {
        return new SharedLimit("sessions-per-address", 10, Duration.ofMinutes(1), 4, clock::get);
    }

    /** What the sync does: one gateway's use, as the store returns it to another. */
    private static void sync(SharedLimit from, SharedLimit to) {
        var usage = from.usage();
        to.othersUsed(usage.window(), usage.byKey());
    }

    @Test
    void ordinaryUseIsNeverReported() {
        var here = gateway();
        here.acquire("a");
        assertTrue(here.usage().byKey().isEmpty(), "one use of ten, below the share of one gateway in four");
    }

    @Test
    void theBudgetHoldsAcrossGateways() {
        var one = gateway();
        var two = gateway();
        for (int i = 0; i < 6; i++) {
            one.acquire("a");
        }
        sync(one, two);
        for (int i = 0; i < 4; i++) {
            two.acquire("a");
        }
        var refused = assertThrows(ProblemException.class, () -> two.acquire("a"));
        assertEquals(429, refused.status());
        two.acquire("b"); // another key keeps its own budget
    }

    @Test
    void aRepeatedReportChangesNothingAndAnUnchangedTotalIsNotSentAgain() {
        var one = gateway();
        for (int i = 0; i < 3; i++) {
            one.acquire("a");
        }
        assertEquals(3L, one.usage().byKey().get("a"));
        assertTrue(one.usage().byKey().isEmpty());
        one.acquire("a");
        assertEquals(4L, one.usage().byKey().get("a"), "totals, not deltas");
    }

    @Test
    void aNewWindowStartsAFreshBudget() {
        var one = gateway();
        var two = gateway();
        for (int i = 0; i < 10; i++) {
            one.acquire("a");
        }
        sync(one, two);
        assertThrows(ProblemException.class, () -> two.acquire("a"));
        clock.addAndGet(Duration.ofMinutes(1).toMillis());
        two.acquire("a");
        one.acquire("a");
    }

    @Test
    void whatOthersUsedInAnEndedWindowIsIgnored() {
        var one = gateway();
        var two = gateway();
        for (int i = 0; i < 10; i++) {
            one.acquire("a");
        }
        var old = one.usage();
        clock.addAndGet(Duration.ofMinutes(1).toMillis());
        two.othersUsed(old.window(), old.byKey());
        for (int i = 0; i < 10; i++) {
            two.acquire("a");
        }
    }

    @Test
    void inventedKeysStopBeingCountedPastTheBound() {
        var one = gateway();
        for (int i = 0; i < SharedLimit.MAX_KEYS_PER_WINDOW + 1_000; i++) {
            one.acquire("key" + i);
            one.acquire("key" + i);
        }
        assertEquals(SharedLimit.MAX_KEYS_PER_WINDOW, one.usage().byKey().size());
    }
}
