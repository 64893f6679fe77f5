package org.causette.backup.entity;

import java.time.Instant;
import java.util.List;

import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;

/**
 * What a backup holds: written last, so a directory without it is an unfinished backup. Each collection's file is
 * named with its SHA-256, checked before a restore touches anything.
 */
public record Manifest(Instant createdAt, List<CollectionDump> collections) {
    public static final String FILE = "manifest.json";
    public static final int FORMAT = 1;

    public record CollectionDump(String database, String collection, long documents, String file, String sha256,
                                 List<BsonDocument> indexes) {
        public String namespace() {
            return database + "." + collection;
        }
    }

    public BsonDocument toBson() {
        var dumps = new BsonArray();
        for (var c : collections) {
            dumps.add(new BsonDocument("database", new BsonString(c.database()))
                    .append("collection", new BsonString(c.collection()))
                    .append("documents", new BsonInt64(c.documents()))
                    .append("file", new BsonString(c.file()))
                    .append("sha256", new BsonString(c.sha256()))
                    .append("indexes", new BsonArray(c.indexes())));
        }
        return new BsonDocument("format", new BsonInt32(FORMAT))
                .append("createdAt", new BsonDateTime(createdAt.toEpochMilli()))
                .append("collections", dumps);
    }

    public static Manifest fromBson(BsonDocument manifest) {
        int format = manifest.getInt32("format", new BsonInt32(0)).getValue();
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown backup format " + format + " (this tool reads " + FORMAT + ")");
        }
        var collections = manifest.getArray("collections").stream().map(v -> {
            var c = v.asDocument();
            return new CollectionDump(c.getString("database").getValue(), c.getString("collection").getValue(),
                    c.getInt64("documents").getValue(), c.getString("file").getValue(),
                    c.getString("sha256").getValue(),
                    c.getArray("indexes").stream().map(i -> i.asDocument()).toList());
        }).toList();
        return new Manifest(Instant.ofEpochMilli(manifest.getDateTime("createdAt").getValue()), collections);
    }
}
