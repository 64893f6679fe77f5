package org.causette.contracts;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HoldTargetTest {
    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aSessionHoldCoversWhatTheSessionWroteInItsRange() {
        var cut = new HoldTarget(null, "s1", null, null, T.minusSeconds(60), T.plusSeconds(60));
        assertTrue(cut.covers("m1", "s1", Channel.Kind.room, "paris", T));
        assertFalse(cut.covers("m1", "s2", Channel.Kind.room, "paris", T));
        assertFalse(cut.covers("m1", "s1", Channel.Kind.room, "paris", T.plusSeconds(61)));
        assertFalse(cut.covers("m1", "s1", Channel.Kind.room, "paris", T.minusSeconds(61)));
    }

    @Test
    void roomAndConversationHoldsDoNotMixKinds() {
        var room = new HoldTarget(null, null, null, "k", null, null);
        var conversation = new HoldTarget(null, null, "k", null, null, null);
        assertTrue(room.covers("m", "s", Channel.Kind.room, "k", T));
        assertFalse(room.covers("m", "s", Channel.Kind.conversation, "k", T));
        assertTrue(conversation.covers("m", "s", Channel.Kind.conversation, "k", T));
        assertFalse(conversation.covers("m", "s", Channel.Kind.room, "k", T));
    }

    @Test
    void aMessageHoldCoversOnlyThatMessage() {
        var cut = new HoldTarget("m1", null, null, null, null, null);
        assertTrue(cut.covers("m1", "s", Channel.Kind.room, "r", T));
        assertFalse(cut.covers("m2", "s", Channel.Kind.room, "r", T));
    }
}
