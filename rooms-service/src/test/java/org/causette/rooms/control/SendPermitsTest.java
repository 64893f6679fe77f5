package org.causette.rooms.control;

import org.causette.rooms.entity.SlowModeWait;
import org.causette.kit.testing.MemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SendPermitsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T19:00:00Z");

    private MemoryMongo mongo;
    private SendPermits cut;

    @BeforeEach
    void start() {
        mongo = new MemoryMongo();
        cut = mongo.store(SendPermits.class);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void oneMessagePerPeriodThenARefusalWithTheWait() {
        cut.claim("r", "s", "m1", 10, NOW);
        var refused = assertThrows(SlowModeWait.class, () -> cut.claim("r", "s", "m2", 10, NOW.plusSeconds(3)));
        assertEquals(429, refused.status());
        assertEquals("rate-limited", refused.code());
        assertEquals("7", refused.headers().get("Retry-After"));
        assertDoesNotThrow(() -> cut.claim("r", "s", "m3", 10, NOW.plusSeconds(10)));
    }

    @Test
    void aResendOfTheSameMessageIsNeverRefused() {
        cut.claim("r", "s", "m1", 10, NOW);
        assertDoesNotThrow(() -> cut.claim("r", "s", "m1", 10, NOW.plusSeconds(1)));
    }

    @Test
    void otherMembersAndOtherRoomsHaveTheirOwnSlots() {
        cut.claim("r", "s", "m1", 10, NOW);
        assertDoesNotThrow(() -> cut.claim("r", "t", "m2", 10, NOW));
        assertDoesNotThrow(() -> cut.claim("q", "s", "m3", 10, NOW));
    }

    @Test
    void withoutSlowModeNothingIsRecorded() {
        cut.claim("r", "s", "m1", 0, NOW);
        assertDoesNotThrow(() -> cut.claim("r", "s", "m2", 0, NOW));
        assertEquals(0, mongo.database().getCollection("sendPermits").countDocuments());
    }

    @Test
    void aShorterSlowModeAppliesAtOnce() {
        cut.claim("r", "s", "m1", 3600, NOW);
        assertDoesNotThrow(() -> cut.claim("r", "s", "m2", 5, NOW.plusSeconds(5)));
    }

    @Test
    void concurrentMessagesGetOneSlot() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<Boolean>>();
            for (int i = 0; i < 16; i++) {
                var id = "m" + i;
                tasks.add(() -> {
                    try {
                        cut.claim("r", "s", id, 30, NOW);
                        return true;
                    } catch (SlowModeWait e) {
                        return false;
                    }
                });
            }
            long granted = 0;
            for (var result : pool.invokeAll(tasks)) {
                granted += result.get() ? 1 : 0;
            }
            assertEquals(1, granted);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
