package org.causette.messaging.messages.entity;

import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.kit.problems.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmitMessageTest {
    static final SubmitMessage.ChannelRef ROOM = new SubmitMessage.ChannelRef(Channel.Kind.room, "paris", Audience.adult);

    @Test
    void aCompleteRoomMessageIsValid() {
        var cut = new SubmitMessage("m1", "c1", ROOM, "salut");
        assertDoesNotThrow(cut::validate);
    }

    @Test
    void aConversationNeedsNoAudience() {
        var cut = new SubmitMessage("m1", "c1", new SubmitMessage.ChannelRef(Channel.Kind.conversation, "k", null), "x");
        assertDoesNotThrow(cut::validate);
    }

    @Test
    void aRoomNeedsItsAudience() {
        var cut = new SubmitMessage("m1", "c1", new SubmitMessage.ChannelRef(Channel.Kind.room, "paris", null), "x");
        assertInvalid(cut, "channel.audience");
    }

    @Test
    void missingPartsAreNamed() {
        assertInvalid(new SubmitMessage(null, "c1", ROOM, "x"), "id");
        assertInvalid(new SubmitMessage("m1", " ", ROOM, "x"), "clientMessageId");
        assertInvalid(new SubmitMessage("m1", "c1", null, "x"), "channel");
        assertInvalid(new SubmitMessage("m1", "c1", new SubmitMessage.ChannelRef(null, "p", Audience.adult), "x"),
                "channel.kind");
        assertInvalid(new SubmitMessage("m1", "c1", new SubmitMessage.ChannelRef(Channel.Kind.room, "", Audience.adult),
                "x"), "channel.id");
        assertInvalid(new SubmitMessage("m1", "c1", ROOM, ""), "text");
    }

    @Test
    void lengthsAreCountedInCodePoints() {
        var emoji = "😀".repeat(SubmitMessage.MAX_TEXT_CODE_POINTS);
        assertDoesNotThrow(new SubmitMessage("m1", "c1", ROOM, emoji)::validate);
        assertInvalid(new SubmitMessage("m1", "c1", ROOM, emoji + "x"), "text");
        assertInvalid(new SubmitMessage("m1", "c".repeat(65), ROOM, "x"), "clientMessageId");
    }

    static void assertInvalid(SubmitMessage cut, String field) {
        var e = assertThrows(ProblemException.class, cut::validate);
        assertEquals(400, e.status());
        assertEquals("invalid-field", e.code());
        assertTrue(e.getMessage().startsWith(field + ":"), e.getMessage());
    }
}
