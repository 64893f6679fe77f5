package org.causette.gateway.blocks.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;

import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who blocked whom. Stored by the pair as {@code _id}; kept in memory for the sessions connected here (checked on
 * every delivery), updated on every gateway by {@code SessionBlocked} events.
 */
@ApplicationScoped
public class BlockList {

    @Inject
    MongoDatabase database;

    MongoCollection<Document> blocks;
    private final Map<String, Set<String>> blockedBy = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        blocks = database.getCollection("blocks");
    }

    public void block(String blocker, String blocked) {
        blocks.replaceOne(Filters.eq("_id", key(blocker, blocked)), new Document("_id", key(blocker, blocked))
                .append("blocker", blocker).append("blocked", blocked).append("at", new Date()),
                new ReplaceOptions().upsert(true));
        remember(blocker, blocked, true);
    }

    public void unblock(String blocker, String blocked) {
        blocks.deleteOne(Filters.eq("_id", key(blocker, blocked)));
        remember(blocker, blocked, false);
    }

    /** True if either blocked the other: no new conversation between them. */
    public boolean eitherBlocked(String a, String b) {
        return blocks.find(Filters.in("_id", key(a, b), key(b, a))).first() != null;
    }

    /** For deliveries: answered from memory for sessions whose blocks were loaded. */
    public boolean hasBlocked(String recipient, String sender) {
        var set = blockedBy.get(recipient);
        return set != null && set.contains(sender);
    }

    public void load(String sessionId) {
        var set = ConcurrentHashMap.<String>newKeySet();
        blocks.find(Filters.eq("blocker", sessionId)).forEach(d -> set.add(d.getString("blocked")));
        blockedBy.put(sessionId, set);
    }

    public void forget(String sessionId) {
        blockedBy.remove(sessionId);
    }

    public void remember(String blocker, String blocked, boolean active) {
        blockedBy.computeIfPresent(blocker, (k, set) -> {
            if (active) {
                set.add(blocked);
            } else {
                set.remove(blocked);
            }
            return set;
        });
    }

    private static String key(String blocker, String blocked) {
        return blocker + ">" + blocked;
    }
}
