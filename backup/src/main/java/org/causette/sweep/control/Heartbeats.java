package org.causette.sweep.control;

import com.mongodb.client.MongoClient;
import org.bson.Document;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The gateways' heartbeats (collection {@code gatewayInstances} of the gateway database), read only. */
public final class Heartbeats {
    static final String COLLECTION = "gatewayInstances";

    private Heartbeats() {
    }

    public static Map<String, Instant> lastSeen(MongoClient client, String prefix) {
        var seen = new HashMap<String, Instant>();
        for (var doc : client.getDatabase(prefix + "_gateway").getCollection(COLLECTION).find()) {
            if (doc.get("_id") instanceof String id && doc.get("lastSeen") instanceof java.util.Date at) {
                seen.put(id, at.toInstant());
            }
        }
        return seen;
    }

    /** Only for tests and drills: a heartbeat as a gateway writes it. */
    public static void write(MongoClient client, String prefix, String instance, Instant at) {
        client.getDatabase(prefix + "_gateway").getCollection(COLLECTION).replaceOne(
                new Document("_id", instance), new Document("_id", instance).append("lastSeen", java.util.Date.from(at)),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }
}
