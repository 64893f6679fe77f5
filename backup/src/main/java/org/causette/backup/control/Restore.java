package org.causette.backup.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.causette.backup.entity.Manifest;
import org.causette.backup.entity.Manifest.CollectionDump;

import com.mongodb.client.MongoClient;

/**
 * Puts a verified backup back: indexes first (so a unique key holds from the first document), then the documents in
 * batches. Refuses to mix a backup into collections that hold documents unless told to drop them.
 */
public final class Restore {
    private static final int BATCH = 500;
    private final MongoClient client;
    private final Consumer<String> progress;

    public Restore(MongoClient client, Consumer<String> progress) {
        this.client = client;
        this.progress = progress;
    }

    public Manifest run(Path dir, boolean drop) throws IOException {
        var manifest = BackupFiles.readVerified(dir);
        if (!drop) {
            var occupied = manifest.collections().stream()
                    .filter(c -> client.getDatabase(c.database()).getCollection(c.collection())
                            .estimatedDocumentCount() > 0)
                    .map(CollectionDump::namespace).toList();
            if (!occupied.isEmpty()) {
                throw new IllegalStateException("these collections hold documents (restore into empty databases, or "
                        + "give --drop to replace them): " + String.join(", ", occupied));
            }
        }
        for (var c : manifest.collections()) {
            restore(dir, c, drop);
        }
        return manifest;
    }

    private void restore(Path dir, CollectionDump dump, boolean drop) throws IOException {
        var db = client.getDatabase(dump.database());
        var collection = db.getCollection(dump.collection(), BsonDocument.class);
        if (drop) {
            collection.drop();
        }
        if (!db.listCollectionNames().into(new ArrayList<>()).contains(dump.collection())) {
            db.createCollection(dump.collection()); // an empty collection with no index of its own comes back too
        }
        if (!dump.indexes().isEmpty()) {
            db.runCommand(new BsonDocument("createIndexes", new BsonString(dump.collection()))
                    .append("indexes", new BsonArray(dump.indexes())));
        }
        long count = 0;
        List<BsonDocument> batch = new ArrayList<>(BATCH);
        try (var in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve(dump.file()))), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                batch.add(BsonDocument.parse(line));
                if (batch.size() == BATCH) {
                    collection.insertMany(batch);
                    count += batch.size();
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
            count += batch.size();
        }
        if (count != dump.documents()) {
            throw new IllegalStateException(dump.namespace() + ": restored " + count + " documents, the manifest says "
                    + dump.documents());
        }
        progress.accept(dump.namespace() + ": " + count + " documents, " + dump.indexes().size() + " indexes");
    }
}
