package org.causette.gateway.sessions.entity;

import org.causette.contracts.Audience;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatSessionTest {
    private static final Instant NOW = Instant.parse("2026-11-23T19:00:00Z");

    @Test
    void onlyTheCurrentTokenIsAccepted() {
        var cut = session("t2", null, null);
        assertTrue(cut.acceptsToken("t2", NOW));
        assertFalse(cut.acceptsToken("t1", NOW));
        assertFalse(cut.acceptsToken(null, NOW));
    }

    @Test
    void thePreviousTokenIsAcceptedOnlyDuringTheGrace() {
        var cut = session("t2", "t1", NOW.plusSeconds(30));
        assertTrue(cut.acceptsToken("t1", NOW.plusSeconds(29)));
        assertFalse(cut.acceptsToken("t1", NOW.plusSeconds(30)));
        assertFalse(cut.acceptsToken("t0", NOW));
    }

    @Test
    void aSessionFromBeforeRenewalsAcceptsItsOneToken() {
        assertTrue(session(null, null, null).acceptsToken("anything", NOW));
    }

    private static ChatSession session(String tokenId, String previous, Instant previousUntil) {
        return new ChatSession("s", "Lou", Audience.adult, null, null, "d", "a", NOW.minusSeconds(60),
                NOW.plusSeconds(3600), tokenId, previous, previousUntil);
    }
}
