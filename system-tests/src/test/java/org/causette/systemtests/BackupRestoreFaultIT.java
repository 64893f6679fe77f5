package org.causette.systemtests;

import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.causette.systemtests.Casefiles.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The restore procedure of k8s/README.md, run for real: data written through the gateway survives
 * {@code ./causette backup}, the loss of every database and {@code ./causette restore}; the same session keeps working.
 * Runs in the fault-tests execution: it drops every database of the platform under test.
 */
class BackupRestoreFaultIT {
    @TempDir
    Path temp;

    @Test
    void whatTheGatewayAcceptedComesBackAfterTheDatabasesAreLostAndRestored() throws Exception {
        var author = Chatter.adult("Bkp");
        author.mustJoin(ROOM);
        var text = "avant la sauvegarde " + Platform.marker();
        var messageId = Casefiles.sent(author, text);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> inHistory(author, messageId));

        try (var store = new Store()) {
            var indexesBefore = indexes(store);
            assertTrue(indexesBefore.keySet().stream().anyMatch(ns -> ns.contains("_messaging.")),
                    "the messaging database is part of the stack: " + indexesBefore);
            var backup = temp.resolve("backup");

            Launcher.run("backup", backup.toString());
            var manifest = Document.parse(Files.readString(backup.resolve("manifest.json")));
            var namespaces = manifest.getList("collections", Document.class).stream()
                    .map(c -> c.getString("database") + "." + c.getString("collection")).toList();
            assertEquals(List.copyOf(indexesBefore.keySet()), namespaces.stream().sorted().toList(),
                    "every collection of the stack, nothing else");

            for (var database : store.databaseNames()) {
                store.databaseNamed(database).drop();
            }
            assertFalse(inHistory(author, messageId), "the loss is real: the message is gone");

            Launcher.run("restore", "--drop", backup.toString());

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> inHistory(author, messageId));
            assertEquals(indexesBefore, indexes(store), "every index is back, unique keys included");
            for (var c : manifest.getList("collections", Document.class)) {
                long count = store.databaseNamed(c.getString("database")).getCollection(c.getString("collection"))
                        .countDocuments();
                assertTrue(count >= c.getLong("documents"), c.toJson() + " has " + count);
            }
        }
        var after = author.say(ROOM, "après la restauration " + Platform.marker());
        assertEquals(202, after.status(), () -> "the restored session still writes: " + after);
    }

    /** Index names of every collection of this run's databases, by namespace. */
    private static Map<String, List<String>> indexes(Store store) {
        var indexes = new TreeMap<String, List<String>>();
        for (var database : store.databaseNames()) {
            var db = store.databaseNamed(database);
            for (var collection : db.listCollectionNames().into(new ArrayList<>())) {
                if (!collection.startsWith("system.")) {
                    indexes.put(database + "." + collection, db.getCollection(collection).listIndexes()
                            .map(i -> i.getString("name")).into(new ArrayList<>()).stream().sorted().toList());
                }
            }
        }
        return indexes;
    }

    private static boolean inHistory(Chatter member, String messageId) {
        var history = member.call("GET", "/rooms/" + ROOM + "/messages?limit=100", null);
        return history.status() == 200 && history.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> messageId.equals(m.getString("id", "")));
    }
}
