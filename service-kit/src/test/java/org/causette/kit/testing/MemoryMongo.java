package org.causette.kit.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.util.UUID;

/**
 * A MongoDB-wire server in memory for store tests, or the real MongoDB named by {@code MONGODB_URI} (a fresh database
 * per use, dropped on close).
 */
public final class MemoryMongo implements AutoCloseable {
    private final MongoServer server;
    private final MongoClient client;
    private final MongoDatabase database;

    public MemoryMongo() {
        var uri = System.getenv("MONGODB_URI");
        if (uri == null || uri.isBlank()) {
            server = new MongoServer(new MemoryBackend());
            server.enableOplog();
            uri = server.bindAndGetConnectionString();
        } else {
            server = null;
        }
        client = MongoClients.create(uri);
        database = client.getDatabase("test_" + UUID.randomUUID().toString().replace("-", ""));
    }

    public MongoDatabase database() {
        return database;
    }

    /** A store wired as CDI would: its {@code database} field set, its {@code @PostConstruct} run. */
    public <T> T store(Class<T> type) {
        try {
            var store = type.getDeclaredConstructor().newInstance();
            var field = type.getDeclaredField("database");
            field.setAccessible(true);
            field.set(store, database);
            for (var method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(jakarta.annotation.PostConstruct.class)) {
                    method.setAccessible(true);
                    method.invoke(store);
                }
            }
            return store;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot wire " + type.getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        database.drop();
        client.close();
        if (server != null) {
            server.shutdown();
        }
    }
}
