package org.causette.messaging.messages.control;

import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Sender;
import org.causette.contracts.Verdict;
import org.causette.kit.testing.MemoryMongo;
import org.causette.messaging.messages.entity.MessageState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageStoreTest {
    private MemoryMongo mongo;
    private MessageStore cut;

    @BeforeEach
    void start() {
        mongo = new MemoryMongo();
        cut = mongo.store(MessageStore.class);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aPendingMessageMovesOnceAndAnswersWhatItWas() {
        var message = new ChatMessage("m1", "c1", Channel.room("lyon", Audience.adult),
                new Sender("s1", "Lou", Audience.adult), "salut", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        cut.insert(message);
        var allow = new Verdict(Verdict.Action.allow, List.of(), List.of(), null, null, 0.0);
        var was = cut.transitionFromPending("m1", MessageState.released, allow, null, "e1", false).orElseThrow();
        assertEquals(MessageState.pending, was.state());
        assertEquals(message, was.message());
        assertTrue(cut.transitionFromPending("m1", MessageState.blocked, allow, null, "e2", false).isEmpty(),
                "no longer pending");
        var now = cut.find("m1").orElseThrow();
        assertEquals(MessageState.released, now.state());
        assertEquals("e1", now.verdictEvent());
        assertTrue(cut.transitionFromPending("unknown", MessageState.released, allow, null, "e3", false).isEmpty());
    }
}
