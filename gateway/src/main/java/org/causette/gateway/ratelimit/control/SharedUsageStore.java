package org.causette.gateway.ratelimit.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateways' shared counts, one document per limit, window and key: each gateway writes its own total for the
 * key (a field of its own, so a repeated write changes nothing) and reads the others'.
 */
@ApplicationScoped
public class SharedUsageStore {
    private static final int MAX_READ = 200_000;

    @Inject
    MongoDatabase database;

    @Inject
    @ConfigProperty(name = "causette.gateway.instance")
    String instance;

    MongoCollection<Document> usage;
    private String me;

    @PostConstruct
    void init() {
        usage = database.getCollection("rateUsage");
        me = instance.replaceAll("[.$]", "_");
    }

    public void report(List<SharedLimit.Usage> usages) {
        var writes = new ArrayList<UpdateOneModel<Document>>();
        for (var u : usages) {
            u.byKey().forEach((key, total) -> writes.add(new UpdateOneModel<>(
                    Filters.eq("_id", u.limit() + "|" + u.window() + "|" + key),
                    Updates.combine(Updates.set("by." + me, total),
                            Updates.setOnInsert("limit", u.limit()), Updates.setOnInsert("window", u.window()),
                            Updates.setOnInsert("key", key),
                            Updates.setOnInsert("until", new Date(u.endsAtMillis()))),
                    new UpdateOptions().upsert(true))));
        }
        if (!writes.isEmpty()) {
            usage.bulkWrite(writes);
        }
    }

    /** What the other gateways used in the windows still open, by limit and window, then key. */
    public Map<String, Map<Long, Map<String, Long>>> othersUse(Instant now) {
        var others = new HashMap<String, Map<Long, Map<String, Long>>>();
        for (var doc : usage.find(Filters.gt("until", Date.from(now))).limit(MAX_READ)) {
            long used = 0;
            var by = doc.get("by", Document.class);
            if (by != null) {
                for (var entry : by.entrySet()) {
                    if (!entry.getKey().equals(me) && entry.getValue() instanceof Number n) {
                        used += n.longValue();
                    }
                }
            }
            if (used > 0) {
                others.computeIfAbsent(doc.getString("limit"), l -> new HashMap<>())
                        .computeIfAbsent(doc.getLong("window"), w -> new HashMap<>())
                        .put(doc.getString("key"), used);
            }
        }
        return others;
    }

    public void purgeEnded(Instant now) {
        usage.deleteMany(Filters.lt("until", Date.from(now.minus(Duration.ofMinutes(1)))));
    }
}
