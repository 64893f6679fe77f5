package org.causette.backup.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

class BackupCommandTest {
    @TempDir
    Path temp;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void backsUpRestoresAndVerifiesWithoutPrintingThePasswordOrTheDocuments() {
        var server = new MongoServer(new MemoryBackend());
        var port = server.bind().getPort();
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            client.getDatabase("systest_rooms").getCollection("rooms")
                    .insertOne(new Document("_id", "lobby").append("secretText", "do-not-print"));
            var env = Map.of("MONGODB_URI", "mongodb://127.0.0.1:" + port, "CAUSETTE_DB_PREFIX", "systest");
            var dir = temp.resolve("b").toString();

            assertEquals(0, run(env, "backup", dir), text(err));
            assertEquals(0, run(env, "verify", dir), text(err));
            client.getDatabase("systest_rooms").drop();
            assertEquals(0, run(env, "restore", dir), text(err));
            assertEquals(1, run(env, "restore", dir), "a second restore finds the collection occupied");
            assertEquals(0, run(env, "restore", "--drop", dir), text(err));

            assertEquals(1, client.getDatabase("systest_rooms").getCollection("rooms").countDocuments());
            assertTrue(text(out).contains("systest_rooms.rooms: 1 documents"), text(out));
            assertFalse(text(out).contains("do-not-print"));
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run(Map.of(), "backup"));
        assertEquals(2, run(Map.of(), "backup", "--drop", "x"));
        assertEquals(2, run(Map.of(), "backup", temp.toString()), "no MONGODB_URI");
        assertEquals(2, run(Map.of(), "explode", temp.toString()));
        assertEquals(1, run(Map.of(), "verify", temp.toString()), "not a finished backup");
    }

    private int run(Map<String, String> env, String... args) {
        return BackupCommand.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
