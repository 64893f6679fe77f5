package org.causette.moderation.identification.control;

import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.ConnectionObserved;
import org.causette.contracts.HoldTarget;
import org.causette.contracts.Sender;
import org.causette.kit.testing.MemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentificationStoreTest {
    private static final Instant LONG_AGO = Instant.now().minus(Duration.ofDays(400));

    private MemoryMongo mongo;
    private IdentificationStore cut;

    @BeforeEach
    void start() {
        mongo = new MemoryMongo();
        cut = new IdentificationStore();
        cut.database = mongo.database();
        cut.retentionDays = 365;
        cut.init();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aRedeliveredEventWritesOneRecord() {
        var e = new ConnectionObserved("e1", LONG_AGO, "s1", "Lou", "session-opened", "sealed", "dev");
        cut.connection(e);
        cut.connection(e);
        assertEquals(1, cut.ofSessions(Set.of("s1")).size());
    }

    @Test
    void thePurgeForgetsAfterAYearExceptWhatIsHeld() {
        cut.connection(new ConnectionObserved("e1", LONG_AGO, "held", "Lou", "session-opened", "sealed", "dev"));
        cut.content(message("m1", "held"));
        cut.connection(new ConnectionObserved("e2", LONG_AGO, "free", "Max", "session-opened", "sealed", "dev"));
        cut.content(message("m2", "free"));
        cut.connection(new ConnectionObserved("e3", Instant.now(), "recent", "Noa", "stream", "sealed", null));
        assertEquals(2, cut.hold("h1", new HoldTarget("m1", null, null, null, null, null)),
                "the held message and its author's connection");

        assertEquals(2, cut.purge(Instant.now(), List.of()));
        assertEquals(2, cut.ofSessions(Set.of("held")).size());
        assertTrue(cut.ofSessions(Set.of("held")).stream().allMatch(r -> r.legalHold()));
        assertTrue(cut.ofSessions(Set.of("free")).isEmpty());
        assertEquals(1, cut.ofSessions(Set.of("recent")).size());

        cut.release("h1");
        assertEquals(2, cut.purge(Instant.now(), List.of()));
        assertTrue(cut.ofSessions(Set.of("held")).isEmpty());
    }

    @Test
    void aNewConnectionOfAHeldSessionIsHeldFromTheStart() {
        cut.connection(new ConnectionObserved("e4", Instant.now(), "s9", "Lou", "session-opened", "sealed", "dev"));
        cut.hold("h5", new HoldTarget(null, "s9", null, null, null, null));
        cut.connection(new ConnectionObserved("e5", Instant.now(), "s9", "Lou", "stream", "sealed", null));
        assertTrue(cut.ofSessions(Set.of("s9")).stream().allMatch(r -> r.legalHold()));
        cut.release("h5");
        assertTrue(cut.ofSessions(Set.of("s9")).stream().noneMatch(r -> r.legalHold()));
    }

    @Test
    void holdsPlacedBeforeTheHeldAuthorsCollectionExistedStillCoverNewConnections() {
        cut.connection(new ConnectionObserved("e6", Instant.now(), "s7", "Lou", "session-opened", "sealed", "dev"));
        cut.hold("h6", new HoldTarget(null, "s7", null, null, null, null));
        cut.heldAuthors.drop();
        cut.init();   // a restart on a store written by the previous version
        cut.connection(new ConnectionObserved("e7", Instant.now(), "s7", "Lou", "stream", "sealed", null));
        assertTrue(cut.ofSessions(Set.of("s7")).stream().allMatch(r -> r.legalHold()));
    }

    @Test
    void anActiveHoldCoversRecordsWrittenAfterItWasPlaced() {
        cut.content(message("m3", "late"));
        var hold = new IdentificationStore.HeldTarget("h2", new HoldTarget(null, "late", null, null, null, null));
        assertEquals(0, cut.purge(Instant.now(), List.of(hold)));
        assertTrue(cut.ofSessions(Set.of("late")).get(0).legalHold());
    }

    @Test
    void aRoomHoldWithARangeHoldsOnlyTheContentsOfThatRoomInRange() {
        cut.content(message("in", "a"));
        cut.content(new ChatMessage("other-room", "c", Channel.room("lyon", Audience.adult),
                new Sender("b", "Nick", Audience.adult), "t", LONG_AGO));
        cut.content(new ChatMessage("later", "c2", Channel.room("paris", Audience.adult),
                new Sender("c", "Nick", Audience.adult), "t", LONG_AGO.plus(Duration.ofDays(2))));
        var range = new HoldTarget(null, null, null, "paris", LONG_AGO.minusSeconds(1), LONG_AGO.plusSeconds(1));
        assertEquals(1, cut.hold("h3", range));
        assertTrue(cut.ofSessions(Set.of("a")).get(0).legalHold());
        assertTrue(!cut.ofSessions(Set.of("b")).get(0).legalHold() && !cut.ofSessions(Set.of("c")).get(0).legalHold());
    }

    private static ChatMessage message(String id, String sessionId) {
        return new ChatMessage(id, "c-" + id, Channel.room("paris", Audience.adult),
                new Sender(sessionId, "Nick", Audience.adult), "texte", LONG_AGO);
    }
}
