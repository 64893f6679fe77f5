package org.causette.gateway.stream.control;

import org.causette.contracts.Audience;
import org.causette.gateway.security.entity.Identity;
import org.causette.gateway.sessions.entity.ChatSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamValidityTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void aGoodTokenKeepsItsStream() {
        assertTrue(StreamValidity.check(token("t1", NOW.plusSeconds(60)), session("t1", null, null), NOW).isEmpty());
    }

    @Test
    void anExpiredTokenClosesWith4001() {
        var reason = StreamValidity.check(token("t1", NOW), session("t1", null, null), NOW).orElseThrow();
        assertEquals(4001, reason.getCloseCode().getCode());
        assertEquals("token-expired", reason.getReasonPhrase());
    }

    @Test
    void anEndedSessionClosesItsStreams() {
        var reason = StreamValidity.check(token("t1", NOW.plusSeconds(60)), Optional.empty(), NOW).orElseThrow();
        assertEquals("session-ended", reason.getReasonPhrase());
    }

    @Test
    void aRenewedTokenKeepsItsStreamsOnlyDuringTheGrace() {
        var renewed = session("t2", "t1", NOW.plusSeconds(30));
        assertTrue(StreamValidity.check(token("t1", NOW.plusSeconds(60)), renewed, NOW).isEmpty());
        var reason = StreamValidity.check(token("t1", NOW.plusSeconds(60)), renewed, NOW.plusSeconds(31)).orElseThrow();
        assertEquals(4001, reason.getCloseCode().getCode());
        assertEquals("token-renewed", reason.getReasonPhrase());
    }

    private static Identity token(String tokenId, Instant expiresAt) {
        return new Identity("lou", "Lou", Audience.adult, null, null, List.of("adult"), expiresAt, tokenId, "raw");
    }

    private static Optional<ChatSession> session(String tokenId, String previous, Instant previousUntil) {
        return Optional.of(new ChatSession("lou", "Lou", Audience.adult, null, null, "d", "a", NOW.minusSeconds(600),
                NOW.plusSeconds(3600), tokenId, previous, previousUntil));
    }
}
