package org.causette.systemtests;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * The MongoDB store of the stack under test, reached directly: only to check what no route shows (a message's legal
 * hold mark) and to tamper with the audit log as an intruder with database access would.
 */
public final class Store implements AutoCloseable {
    private final MongoClient client;
    private final String prefix;

    public Store() {
        var uri = System.getenv("MONGODB_URI");
        if (uri == null || uri.isBlank()) {
            uri = System.getProperty("causette.store.uri", "mongodb://127.0.0.1:28017");
        }
        this.client = MongoClients.create(uri);
        this.prefix = System.getProperty("causette.db.prefix", "causette");
    }

    public MongoDatabase database(String service) {
        return client.getDatabase(prefix + "_" + service);
    }

    /** The names of this run's databases ({@code <prefix>_<service>}). */
    public java.util.List<String> databaseNames() {
        return client.listDatabaseNames().into(new java.util.ArrayList<String>()).stream()
                .filter(name -> name.startsWith(prefix + "_")).sorted().toList();
    }

    public MongoDatabase databaseNamed(String name) {
        return client.getDatabase(name);
    }

    @Override
    public void close() {
        client.close();
    }
}
