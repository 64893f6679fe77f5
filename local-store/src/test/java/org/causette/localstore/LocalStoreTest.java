package org.causette.localstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
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

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
