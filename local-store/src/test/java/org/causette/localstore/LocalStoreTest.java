package org.causette.localstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import com.mongodb.client.model.Updates;

class LocalStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void documentSurvivesRestart() throws Exception {
        int port = freePort();
        try (var cut = LocalStore.startFile(dataDir, port);
             var client = MongoClients.create(cut.uri())) {
            client.getDatabase("causette").getCollection("rooms")
                    .insertOne(new Document("_id", "lobby").append("title", "Lobby"));
        }
        assertTrue(Files.exists(dataDir.resolve(LocalStore.STORE_FILE)));
        try (var cut = LocalStore.startFile(dataDir, port);
             var client = MongoClients.create(cut.uri())) {
            var lobby = client.getDatabase("causette").getCollection("rooms")
                    .find(Filters.eq("_id", "lobby")).first();
            assertEquals("Lobby", lobby.getString("title"));
        }
    }

    @Test
    void duplicateIdIsADuplicateKeyError() throws Exception {
        try (var cut = LocalStore.startInMemory(freePort());
             var client = MongoClients.create(cut.uri())) {
            var messages = client.getDatabase("causette").getCollection("messages");
            messages.insertOne(new Document("_id", "m-1"));
            var error = assertThrows(MongoWriteException.class, () -> messages.insertOne(new Document("_id", "m-1")));
            assertEquals(ErrorCategory.DUPLICATE_KEY, ErrorCategory.fromErrorCode(error.getCode()));
        }
    }

    @Test
    void conditionsBesideAnIdStillDecideTheMatch() throws Exception {
        try (var cut = LocalStore.startFile(dataDir, freePort());
             var client = MongoClients.create(cut.uri())) {
            var messages = client.getDatabase("causette").getCollection("messages");
            messages.insertOne(new Document("_id", "m-1").append("state", "pending"));
            messages.insertOne(new Document("_id", "m-2").append("state", "pending"));

            var moved = messages.updateOne(Filters.and(Filters.eq("_id", "m-1"), Filters.eq("state", "pending")),
                    Updates.set("state", "released"));
            var again = messages.updateOne(Filters.and(Filters.eq("_id", "m-1"), Filters.eq("state", "pending")),
                    Updates.set("state", "released"));
            var flat = messages.find(new Document("_id", "m-2").append("state", "released")).first();

            assertEquals(1, moved.getModifiedCount());
            assertEquals(0, again.getMatchedCount());
            assertNull(flat);
            assertEquals("pending", messages.find(Filters.eq("_id", "m-2")).first().getString("state"));
            assertEquals(2, messages.countDocuments(Filters.in("_id", "m-1", "m-2")));
        }
    }

    @Test
    void everyValueTypeAndUniqueIndexSurviveARestart() throws Exception {
        int port = freePort();
        var nested = new Document("kind", "room").append("participants", List.of("a", "b"))
                .append("at", new Date(1_700_000_000_000L)).append("count", 3).append("big", 1L << 40)
                .append("score", 0.25).append("flag", true).append("none", null).append("oid", new ObjectId());
        try (var cut = LocalStore.startFile(dataDir, port);
             var client = MongoClients.create(cut.uri())) {
            var sessions = client.getDatabase("causette").getCollection("sessions");
            sessions.createIndex(Indexes.ascending("nickname"), new IndexOptions().unique(true));
            sessions.insertOne(new Document("_id", "s-1").append("nickname", "Lou").append("channel", nested));
        }
        try (var cut = LocalStore.startFile(dataDir, port);
             var client = MongoClients.create(cut.uri())) {
            var sessions = client.getDatabase("causette").getCollection("sessions");
            assertEquals(nested, sessions.find(Filters.eq("_id", "s-1")).first().get("channel", Document.class));
            assertEquals("s-1", sessions.find(Filters.eq("nickname", "Lou")).first().getString("_id"));
            var error = assertThrows(MongoWriteException.class,
                    () -> sessions.insertOne(new Document("_id", "s-2").append("nickname", "Lou")));
            assertEquals(ErrorCategory.DUPLICATE_KEY, ErrorCategory.fromErrorCode(error.getCode()));
        }
    }

    @Test
    void aStoreFileOfTheEarlierFormatIsConvertedOnce() throws Exception {
        int port = freePort();
        var legacy = new H2Backend(dataDir.resolve(LocalStore.LEGACY_STORE_FILE).toString());
        var server = new MongoServer(legacy);
        server.bind("127.0.0.1", port);
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            var rooms = client.getDatabase("causette").getCollection("rooms");
            rooms.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));
            for (int i = 0; i < 300; i++) {
                rooms.insertOne(new Document("_id", "r-" + i).append("name", "room " + i)
                        .append("members", List.of("s-" + i)));
            }
        } finally {
            server.shutdownNow();
            legacy.close();
        }

        try (var cut = LocalStore.startFile(dataDir, port);
             var client = MongoClients.create(cut.uri())) {
            var rooms = client.getDatabase("causette").getCollection("rooms");
            assertEquals(300, rooms.countDocuments());
            assertEquals(List.of("s-42"), rooms.find(Filters.eq("_id", "r-42")).first().getList("members", String.class));
            assertEquals("r-7", rooms.find(Filters.eq("name", "room 7")).first().getString("_id"));
            assertThrows(MongoWriteException.class, () -> rooms.insertOne(new Document("_id", "x").append("name", "room 7")));
            assertThrows(MongoWriteException.class, () -> rooms.insertOne(new Document("_id", "r-7")));
        }
        assertTrue(Files.exists(dataDir.resolve(LocalStore.LEGACY_STORE_FILE + ".converted")));
        assertFalse(Files.exists(dataDir.resolve(LocalStore.LEGACY_STORE_FILE)));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
