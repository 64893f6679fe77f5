package org.causette.kit.events;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InPlaceRetryTest {

    @Test
    void aTransientFailureIsRetriedUntilTheWorkSucceeds() {
        var cut = new InPlaceRetry(Duration.ofSeconds(5));
        var attempts = new AtomicInteger();
        cut.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("database not reachable");
            }
        });
        assertEquals(3, attempts.get());
    }

    @Test
    void theLastFailureEscapesOnceTheBudgetIsSpent() {
        var cut = new InPlaceRetry(Duration.ofMillis(250));
        var attempts = new AtomicInteger();
        var failure = new IllegalStateException("still down");
        var thrown = assertThrows(IllegalStateException.class, () -> cut.run(() -> {
            attempts.incrementAndGet();
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals(2, attempts.get(), "tried at once, after 100 ms, and not again after the 200 ms pause");
    }

    @Test
    void aPoisonMessageIsNotRetried() {
        var cut = new InPlaceRetry(Duration.ofSeconds(5));
        var attempts = new AtomicInteger();
        assertThrows(PoisonMessage.class, () -> cut.run(() -> {
            attempts.incrementAndGet();
            throw new PoisonMessage("unreadable");
        }));
        assertEquals(1, attempts.get());
    }
}
