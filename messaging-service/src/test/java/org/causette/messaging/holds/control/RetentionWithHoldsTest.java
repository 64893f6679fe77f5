package org.causette.messaging.holds.control;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.HoldTarget;
import org.causette.contracts.Sender;
import org.causette.messaging.history.control.History;
import org.causette.messaging.history.control.HistoryStore;
import org.causette.messaging.messages.control.MessageStore;
import org.causette.messaging.messages.control.Outbox;
import org.causette.messaging.messages.control.Retention;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retention purges old messages, except what a legal hold covers, even a message stored after the hold. */
class RetentionWithHoldsTest {
    private static final Instant OLD = Instant.now().minus(Duration.ofDays(100));

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private HoldBook book;
    private MessageStore messages;
    private Retention cut;

    @BeforeEach
    void start() throws Exception {
        var uri = System.getenv("MONGODB_URI");
        if (uri == null || uri.isBlank()) {
            server = new MongoServer(new MemoryBackend());
            uri = server.bindAndGetConnectionString();
        }
        client = MongoClients.create(uri);
        database = client.getDatabase("test_" + UUID.randomUUID().toString().replace("-", ""));
        book = wire(new HoldBook());
        messages = wire(new MessageStore());
        var historyStore = wire(new HistoryStore());
        set(historyStore, "bucketSize", 100);
        var history = new History();
        set(history, "store", historyStore);
        cut = new Retention();
        set(cut, "store", messages);
        set(cut, "outbox", wire(new Outbox()));
        set(cut, "history", history);
        set(cut, "holds", book);
        set(cut, "roomDays", 30);
        set(cut, "conversationDays", 90);
    }

    @AfterEach
    void stop() {
        database.drop();
        client.close();
        if (server != null) {
            server.shutdown();
        }
    }

    @Test
    void heldMessagesOutliveTheirRetentionUntilTheHoldIsReleased() {
        messages.insert(message("held", "s1"));
        messages.insert(message("free", "s1"));
        book.placed("h1", new HoldTarget("held", null, null, null, null, null));
        assertTrue(messages.find("held").orElseThrow().legalHold());
        assertFalse(messages.find("free").orElseThrow().legalHold());

        assertEquals(1, cut.purge(Instant.now()));
        assertTrue(messages.find("held").isPresent());
        assertTrue(messages.find("free").isEmpty());

        book.released("h1");
        assertFalse(messages.find("held").orElseThrow().legalHold());
        assertEquals(1, cut.purge(Instant.now()));
        assertTrue(messages.find("held").isEmpty());
    }

    @Test
    void aSessionHoldCoversMessagesStoredAfterIt() {
        book.placed("h2", new HoldTarget(null, "s2", null, null, null, null));
        messages.insert(message("late", "s2"));
        messages.insert(message("other", "s3"));
        assertEquals(1, cut.purge(Instant.now()));
        assertTrue(messages.find("late").orElseThrow().legalHold(), "marked by the purge");
        assertTrue(messages.find("other").isEmpty());
    }

    @Test
    void placingAndReleasingTwiceChangesNothing() {
        messages.insert(message("m", "s4"));
        book.placed("h3", new HoldTarget("m", null, null, null, null, null));
        book.placed("h3", new HoldTarget("m", null, null, null, null, null));
        book.placed("h4", new HoldTarget(null, "s4", null, null, null, null));
        book.released("h3");
        book.released("h3");
        assertTrue(messages.find("m").orElseThrow().legalHold(), "h4 still holds it");
        assertEquals(1, book.active().size());
    }

    private static ChatMessage message(String id, String sessionId) {
        return new ChatMessage(id, "c-" + id, Channel.room("paris", Audience.adult),
                new Sender(sessionId, "Nick", Audience.adult), "texte", OLD);
    }

    private <T> T wire(T store) throws Exception {
        set(store, "database", database);
        var init = store.getClass().getDeclaredMethod("init");
        init.setAccessible(true);
        init.invoke(store);
        return store;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        var f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
