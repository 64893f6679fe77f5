package org.causette.kit.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.TimeUnit;

/** The one MongoDB client of a service, and the database the service owns. */
@ApplicationScoped
public class MongoClientProducer {

    @Inject
    @ConfigProperty(name = "causette.mongo.uri")
    String uri;

    @Inject
    @ConfigProperty(name = "causette.mongo.database")
    String database;

    @Inject
    @ConfigProperty(name = "causette.mongo.timeout-ms", defaultValue = "3000")
    int timeoutMs;

    @Produces
    @ApplicationScoped
    public MongoClient client() {
        var connection = new ConnectionString(uri);
        var settings = MongoClientSettings.builder()
                .applyConnectionString(connection)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(timeoutMs, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(timeoutMs, TimeUnit.MILLISECONDS)
                        .readTimeout(timeoutMs * 3, TimeUnit.MILLISECONDS));
        if (connection.getWriteConcern() == null) {
            settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
        }
        return MongoClients.create(settings.build());
    }

    public void close(@Disposes MongoClient client) {
        client.close();
    }

    @Produces
    @ApplicationScoped
    public MongoDatabase database(MongoClient client) {
        return client.getDatabase(database);
    }
}
