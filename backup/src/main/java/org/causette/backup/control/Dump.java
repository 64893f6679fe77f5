package org.causette.backup.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.causette.backup.entity.Manifest;
import org.causette.backup.entity.Manifest.CollectionDump;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

/**
 * Writes every collection of the databases {@code <prefix>_*} as gzipped canonical extended JSON, one document a
 * line, with its index definitions in the manifest. Not a point-in-time snapshot across collections (mongodump
 * without --oplog is not either): the services' writes are idempotent and ordered by id, and a restore is followed by
 * the broker redelivering what it still holds.
 */
public final class Dump {
    private final MongoClient client;
    private final Consumer<String> progress;

    public Dump(MongoClient client, Consumer<String> progress) {
        this.client = client;
        this.progress = progress;
    }

    public Manifest run(String prefix, Path dir) throws IOException {
        if (Files.exists(dir) && (!Files.isDirectory(dir) || holdsFiles(dir))) {
            throw new IllegalArgumentException(dir + " exists and is not an empty directory");
        }
        BackupFiles.createPrivateDirectory(dir);
        var dumps = new ArrayList<CollectionDump>();
        var databases = new ArrayList<String>();
        client.listDatabaseNames().into(databases);
        for (var database : databases.stream().filter(name -> name.startsWith(prefix + "_")).sorted().toList()) {
            var db = client.getDatabase(database);
            var collections = new ArrayList<String>();
            db.listCollectionNames().into(collections);
            for (var collection : collections.stream().filter(name -> !name.startsWith("system.")).sorted().toList()) {
                dumps.add(dump(db, collection, dir));
            }
        }
        var manifest = new Manifest(Instant.now(), List.copyOf(dumps));
        BackupFiles.writeManifest(dir, manifest);
        return manifest;
    }

    private static boolean holdsFiles(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    private CollectionDump dump(MongoDatabase db, String collection, Path dir) throws IOException {
        var databaseDir = dir.resolve(db.getName());
        BackupFiles.createPrivateDirectory(databaseDir);
        var file = databaseDir.resolve(collection + ".jsonl.gz");
        long count = 0;
        try (var out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8));
             var cursor = db.getCollection(collection, RawBsonDocument.class).find().batchSize(1000).cursor()) {
            while (cursor.hasNext()) {
                out.write(cursor.next().toJson(BackupFiles.JSON));
                out.write('\n');
                count++;
            }
        }
        BackupFiles.restrict(file, "rw-------");
        var indexes = new ArrayList<BsonDocument>();
        db.getCollection(collection).listIndexes(BsonDocument.class).into(indexes);
        indexes.removeIf(index -> "_id_".equals(index.getString("name").getValue()));
        indexes.forEach(index -> {
            index.remove("v");
            index.remove("ns");
        });
        progress.accept(db.getName() + "." + collection + ": " + count + " documents, " + indexes.size()
                + " indexes");
        return new CollectionDump(db.getName(), collection, count, dir.relativize(file).toString(),
                BackupFiles.sha256(file), indexes);
    }
}
