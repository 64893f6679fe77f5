package org.causette.messaging.conversations.entity;

import org.causette.contracts.Audience;
import org.causette.contracts.Sender;
import org.causette.kit.problems.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OpenConversationTest {
    static final Sender CALLER = new Sender("s-lou", "Lou", Audience.adult);

    @Test
    void aPeerOfTheSameBracketIsAccepted() {
        var cut = new OpenConversation(new OpenConversation.Peer("s-max", "Max", Audience.adult));
        assertEquals(new Sender("s-max", "Max", Audience.adult), cut.validatedPeerOf(CALLER));
    }

    @Test
    void teensAndAdultsNeverMeet() {
        var cut = new OpenConversation(new OpenConversation.Peer("s-tim", "Tim", Audience.teen));
        var e = assertThrows(ProblemException.class, () -> cut.validatedPeerOf(CALLER));
        assertEquals(403, e.status());
        assertEquals("audience-mismatch", e.code());
    }

    @Test
    void notWithOneself() {
        var cut = new OpenConversation(new OpenConversation.Peer("s-lou", "Lou", Audience.adult));
        var e = assertThrows(ProblemException.class, () -> cut.validatedPeerOf(CALLER));
        assertEquals(400, e.status());
    }

    @Test
    void thePeerAndItsBracketAreRequired() {
        assertEquals(400, assertThrows(ProblemException.class,
                () -> new OpenConversation(null).validatedPeerOf(CALLER)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> new OpenConversation(new OpenConversation.Peer("s-max", "Max", null)).validatedPeerOf(CALLER))
                .status());
    }
}
