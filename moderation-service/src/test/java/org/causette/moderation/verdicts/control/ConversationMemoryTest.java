package org.causette.moderation.verdicts.control;

import org.causette.moderation.engine.conversation.ConversationModeration;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationMemoryTest {
    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    private static ConversationMemory memory(int maxChannels) {
        var memory = new ConversationMemory();
        memory.maxChannels = maxChannels;
        memory.forgetAfterMinutes = 30;
        return memory;
    }

    @Test
    void keepsTheLastTurnsOfAChannelOldestFirst() {
        var memory = memory(10);
        for (int i = 0; i < ConversationModeration.MAX_TURNS + 3; i++) {
            memory.add("room:ados", "s" + i, "message " + i, NOW);
        }
        var turns = memory.turns("room:ados", NOW);
        assertEquals(ConversationModeration.MAX_TURNS, turns.size());
        assertEquals("message 3", turns.get(0).text());
        assertEquals("s14", turns.get(turns.size() - 1).senderId());
    }

    @Test
    void boundsChannelsAndTextAndForgetsQuietChannels() {
        var memory = memory(2);
        memory.add("a", "s1", "x".repeat(5_000), NOW);
        memory.add("b", "s1", "salut", NOW);
        memory.turns("a", NOW);   // a used last: b goes first
        memory.add("c", "s1", "salut", NOW);
        assertEquals(2, memory.channelCount());
        assertTrue(memory.turns("b", NOW).isEmpty());
        assertEquals(ConversationMemory.MAX_TURN_LENGTH, memory.turns("a", NOW).get(0).text().length());
        assertTrue(memory.turns("c", NOW.plusSeconds(31 * 60)).isEmpty());
        assertEquals(1, memory.channelCount());
    }
}
