package org.causette.gateway.stream.control;

import org.causette.contracts.Audience;
import org.causette.gateway.security.entity.Identity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamConnectionTest {

    @Test
    void aStreamIsIdleOnceNothingWentEitherWayForTheTimeout() {
        var cut = new StreamConnection(null, new Identity("lou", "Lou", Audience.adult, null, null, List.of("adult"),
                Instant.now().plusSeconds(600), "t1", "raw"), "a", 8);
        var idle = Duration.ofSeconds(120);
        var now = System.nanoTime();
        assertFalse(cut.silentFor(idle, now));
        assertTrue(cut.silentFor(idle, now + idle.toNanos() + 1));
        cut.active();
        assertFalse(cut.silentFor(idle, System.nanoTime() + idle.toNanos() - 1_000_000_000L));
    }
}
