package org.causette.messaging.messages.control;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Messages still waiting for a verdict, with when to send them to moderation again. Small on purpose: an entry lives
 * from submission until the verdict is recorded, so the sweeper's scan stays cheap without a usable index.
 */
@ApplicationScoped
public class Outbox {
    public record Entry(String messageId, Instant dueAt, int attempts) {
    }

    @Inject
    MongoDatabase database;

    MongoCollection<Document> outbox;

    @PostConstruct
    void init() {
        outbox = database.getCollection("outbox");
    }

    public void add(String messageId, Instant dueAt) {
        outbox.updateOne(Filters.eq("_id", messageId), Updates.combine(Updates.set("dueAt", Date.from(dueAt)),
                Updates.setOnInsert("attempts", 0)), new UpdateOptions().upsert(true));
    }

    public List<Entry> due(Instant now, int max) {
        var result = new ArrayList<Entry>();
        outbox.find(Filters.lte("dueAt", Date.from(now))).limit(max).forEach(d -> result.add(
                new Entry(d.getString("_id"), d.getDate("dueAt").toInstant(), d.getInteger("attempts", 0))));
        return result;
    }

    public void postpone(String messageId, Instant dueAt) {
        outbox.updateOne(Filters.eq("_id", messageId),
                Updates.combine(Updates.set("dueAt", Date.from(dueAt)), Updates.inc("attempts", 1)));
    }

    public void remove(String messageId) {
        outbox.deleteOne(Filters.eq("_id", messageId));
    }

    /** Entries waiting (a verdict overdue shows here first); NaN while the store cannot answer. */
    public double backlog() {
        try {
            return outbox.countDocuments();
        } catch (MongoException e) {
            return Double.NaN;
        }
    }
}
