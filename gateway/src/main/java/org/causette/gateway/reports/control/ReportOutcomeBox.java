package org.causette.gateway.reports.control;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.contracts.ReportDecided;
import org.causette.kit.mongo.Stores;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * {@code reportOutcomes}: the outcome of a report waits here ({@code _id} = event id, shared by every gateway) until
 * a stream of the reporter takes it, live or at its next connection; each outcome is handed out once. Outcomes
 * older than a session's life are dropped.
 */
@ApplicationScoped
public class ReportOutcomeBox {
    static final Duration KEPT = Duration.ofHours(24);

    @Inject
    MongoDatabase database;

    MongoCollection<Document> outcomes;

    @PostConstruct
    void init() {
        outcomes = database.getCollection("reportOutcomes");
    }

    /** Keeps the outcome for its reporter; the same event twice (redelivery, several gateways) is kept once. */
    public void keep(ReportDecided decided, String frame) {
        try {
            outcomes.updateOne(Filters.eq("_id", decided.eventId()), Updates.combine(
                    Updates.setOnInsert("sessionId", decided.reporterSessionId()),
                    Updates.setOnInsert("frame", frame),
                    Updates.setOnInsert("at", new Date())), new UpdateOptions().upsert(true));
        } catch (MongoException e) {
            if (!Stores.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    /** @return true if the caller may send it now (nobody took it before) */
    public boolean take(String eventId) {
        return outcomes.updateOne(Filters.and(Filters.eq("_id", eventId), Filters.exists("takenAt", false)),
                Updates.set("takenAt", new Date())).getModifiedCount() == 1;
    }

    /** The frames waiting for this session, each taken now, oldest first; drops what is too old. */
    public List<String> takeAll(String sessionId) {
        outcomes.deleteMany(Filters.lt("at", Date.from(Instant.now().minus(KEPT))));
        var frames = new ArrayList<String>();
        while (true) {
            var taken = outcomes.findOneAndUpdate(Filters.and(Filters.eq("sessionId", sessionId),
                            Filters.exists("takenAt", false)), Updates.set("takenAt", new Date()),
                    new FindOneAndUpdateOptions().sort(new Document("at", 1)));
            if (taken == null) {
                return frames;
            }
            frames.add(taken.getString("frame"));
        }
    }
}
