package org.causette.gateway.stream.control;

import org.causette.contracts.Audience;
import org.causette.gateway.blocks.control.BlockList;
import org.causette.gateway.security.entity.Identity;
import org.causette.kit.problems.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamRegistryTest {

    @Test
    void aSixthStreamOfASessionReplacesItsOldest() {
        var cut = new StreamRegistry(5, 100, 1000, new RoomPresenceIndex(), new BlockList());
        var first = stream("lou", "a1");
        cut.add(first);
        for (int i = 0; i < 4; i++) {
            assertTrue(cut.add(stream("lou", "a1")).isEmpty());
        }
        var replaced = cut.add(stream("lou", "a1"));
        assertSame(first, replaced.orElseThrow());
        assertEquals(5, cut.of("lou").size());
        assertEquals(5, cut.count());
        cut.remove(first);   // its close arrives later: counted once only
        assertEquals(5, cut.count());
    }

    @Test
    void anAddressAtItsCapIsRefusedUntilAStreamCloses() {
        var cut = new StreamRegistry(5, 2, 1000, new RoomPresenceIndex(), new BlockList());
        var one = stream("a", "same");
        cut.add(one);
        cut.add(stream("b", "same"));
        var refused = assertThrows(ProblemException.class, () -> cut.checkRoom("same"));
        assertEquals(429, refused.status());
        assertEquals("too-many-streams", refused.code());
        assertThrows(ProblemException.class, () -> cut.add(stream("c", "same")));
        cut.checkRoom("other");
        cut.remove(one);
        cut.checkRoom("same");
    }

    @Test
    void aFullGatewayRefusesWithRetryAfter() {
        var cut = new StreamRegistry(5, 100, 2, new RoomPresenceIndex(), new BlockList());
        cut.add(stream("a", "x"));
        cut.add(stream("b", "y"));
        var refused = assertThrows(ProblemException.class, () -> cut.checkRoom("z"));
        assertEquals(503, refused.status());
        assertTrue(refused.headers().containsKey("Retry-After"));
    }

    private static StreamConnection stream(String sessionId, String addressHash) {
        var identity = new Identity(sessionId, "Nick", Audience.adult, null, null, List.of("adult"),
                Instant.now().plusSeconds(600), "t1", "raw");
        return new StreamConnection(identity, addressHash, 8);
    }
}
