package org.causette.gateway.instances.control;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Date;

/**
 * This gateway's heartbeat in the gateway database ({@code gatewayInstances}: instance id, last seen). The
 * subscription sweep (module backup, {@code SweepCommand}) deletes the durable subscription of an instance only once
 * its heartbeat is older than an hour, so an instance that writes here keeps its subscription through any broker
 * restart.
 */
@ApplicationScoped
public class InstanceHeartbeats {
    public static final String COLLECTION = "gatewayInstances";

    @Inject
    MongoDatabase database;

    @Inject
    @ConfigProperty(name = "causette.gateway.instance")
    String instance;

    public void beat(Instant now) {
        database.getCollection(COLLECTION).updateOne(Filters.eq("_id", instance),
                Updates.set("lastSeen", Date.from(now)), new UpdateOptions().upsert(true));
    }
}
