package org.causette.messaging.conversations.entity;

import org.causette.contracts.Audience;
import org.causette.contracts.Sender;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationTest {
    static final Sender LOU = new Sender("s-lou", "Lou", Audience.adult);
    static final Sender MAX = new Sender("s-max", "Max", Audience.adult);

    @Test
    void thePairKeyIgnoresWhoAsked() {
        assertEquals(Conversation.pairKey("a", "b"), Conversation.pairKey("b", "a"));
        assertEquals("a|b", Conversation.pairKey("b", "a"));
    }

    @Test
    void eachParticipantSeesTheOther() {
        var cut = new Conversation("k", LOU, MAX, Audience.adult, ConversationStatus.pending, Instant.EPOCH);
        assertEquals(Optional.of(MAX), cut.otherThan("s-lou"));
        assertEquals(Optional.of(LOU), cut.otherThan("s-max"));
        assertEquals(Optional.empty(), cut.otherThan("s-eve"));
        assertTrue(cut.hasParticipant("s-max"));
        assertFalse(cut.hasParticipant("s-eve"));
    }

    @Test
    void leavingDeclinesARequestAndClosesAConversation() {
        assertEquals(Optional.of(ConversationStatus.declined), ConversationStatus.pending.afterLeaving());
        assertEquals(Optional.of(ConversationStatus.closed), ConversationStatus.accepted.afterLeaving());
        assertEquals(Optional.empty(), ConversationStatus.declined.afterLeaving());
        assertEquals(Optional.empty(), ConversationStatus.closed.afterLeaving());
    }

    @Test
    void onlyPendingAndAcceptedAreLive() {
        assertTrue(ConversationStatus.pending.live());
        assertTrue(ConversationStatus.accepted.live());
        assertFalse(ConversationStatus.declined.live());
        assertFalse(ConversationStatus.closed.live());
    }
}
