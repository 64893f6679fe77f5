package org.causette.backup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Dump and restore against a MongoDB-wire server over TCP. */
class BackupRoundTripTest {
    @TempDir
    Path temp;
    MongoServer server;
    MongoClient client;
    final List<String> progress = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void restoresEveryDocumentWithItsTypesAndTheUniqueIndexes() throws Exception {
        var messages = client.getDatabase("causette_messaging").getCollection("messages");
        messages.createIndex(Indexes.ascending("room", "clientMessageId"), new IndexOptions().unique(true).name("dedup"));
        var written = new ArrayList<Document>();
        for (int i = 0; i < 1234; i++) {
            written.add(new Document("_id", "m-" + i).append("room", "lobby").append("clientMessageId", "c-" + i)
                    .append("seq", (long) i).append("small", i).append("at", new Date(1_700_000_000_000L + i))
                    .append("oid", new ObjectId()).append("sealed", new BsonBinary(UUID.randomUUID()))
                    .append("text", "é€ \"quoted\"\nline " + i));
        }
        messages.insertMany(written);
        client.getDatabase("causette_rooms").getCollection("rooms").insertOne(new Document("_id", "lobby"));
        client.getDatabase("other_app").getCollection("things").insertOne(new Document("_id", 1));
        var before = all("causette_messaging", "messages");

        var manifest = new Dump(client, progress::add).run("causette", temp.resolve("b"));

        assertEquals(List.of("causette_messaging.messages", "causette_rooms.rooms"),
                manifest.collections().stream().map(c -> c.namespace()).toList(), "only the prefix's databases");
        client.getDatabase("causette_messaging").drop();
        client.getDatabase("causette_rooms").drop();

        new Restore(client, progress::add).run(temp.resolve("b"), false);

        assertEquals(before, all("causette_messaging", "messages"));
        assertEquals(1, client.getDatabase("causette_rooms").getCollection("rooms").countDocuments());
        var duplicate = assertThrows(MongoWriteException.class, () -> messages.insertOne(
                new Document("_id", "other").append("room", "lobby").append("clientMessageId", "c-7")));
        assertEquals(ErrorCategory.DUPLICATE_KEY, ErrorCategory.fromErrorCode(duplicate.getCode()),
                "the unique index came back before the documents");
    }

    @Test
    void anEmptyCollectionComesBackToo() throws Exception {
        var messaging = client.getDatabase("causette_messaging");
        messaging.createCollection("outbox");
        messaging.getCollection("messages").insertOne(new Document("_id", "m-1"));
        new Dump(client, progress::add).run("causette", temp.resolve("b"));
        messaging.drop();

        new Restore(client, progress::add).run(temp.resolve("b"), false);

        assertEquals(List.of("messages", "outbox"), messaging.listCollectionNames().into(new ArrayList<>()).stream()
                .sorted().toList());
    }

    @Test
    void refusesToMixIntoCollectionsThatHoldDocumentsUnlessToldToDrop() throws Exception {
        var rooms = client.getDatabase("causette_rooms").getCollection("rooms");
        rooms.insertOne(new Document("_id", "lobby").append("title", "Lobby"));
        new Dump(client, progress::add).run("causette", temp.resolve("b"));
        rooms.insertOne(new Document("_id", "written-after-the-backup"));

        var refused = assertThrows(IllegalStateException.class,
                () -> new Restore(client, progress::add).run(temp.resolve("b"), false));
        assertTrue(refused.getMessage().contains("causette_rooms.rooms"), refused.getMessage());
        assertEquals(2, rooms.countDocuments(), "nothing touched");

        new Restore(client, progress::add).run(temp.resolve("b"), true);
        assertEquals(List.of("lobby"), rooms.find().map(d -> d.getString("_id")).into(new ArrayList<>()));
    }

    @Test
    void aDamagedOrUnfinishedBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
        client.getDatabase("causette_rooms").getCollection("rooms").insertOne(new Document("_id", "lobby"));
        var manifest = new Dump(client, progress::add).run("causette", temp.resolve("b"));
        client.getDatabase("causette_rooms").drop();

        var file = temp.resolve("b").resolve(manifest.collections().get(0).file());
        var bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        var damaged = assertThrows(IllegalArgumentException.class,
                () -> new Restore(client, progress::add).run(temp.resolve("b"), true));
        assertTrue(damaged.getMessage().startsWith("checksum mismatch"), damaged.getMessage());

        Files.delete(temp.resolve("b").resolve("manifest.json"));
        assertThrows(IllegalArgumentException.class, () -> BackupFiles.readVerified(temp.resolve("b")));
        assertFalse(client.listDatabaseNames().into(new ArrayList<>()).contains("causette_rooms"));
    }

    @Test
    void neverWritesIntoADirectoryThatHoldsFiles() throws Exception {
        Files.createDirectories(temp.resolve("b"));
        Files.writeString(temp.resolve("b").resolve("old"), "x");
        assertThrows(IllegalArgumentException.class, () -> new Dump(client, progress::add).run("causette", temp.resolve("b")));
    }

    private List<BsonDocument> all(String database, String collection) {
        return client.getDatabase(database).getCollection(collection, BsonDocument.class).find()
                .sort(new Document("_id", 1)).into(new ArrayList<>());
    }
}
