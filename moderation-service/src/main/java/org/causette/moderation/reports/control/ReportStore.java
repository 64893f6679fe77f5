package org.causette.moderation.reports.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.moderation.reports.entity.ValidReport;

import java.time.Instant;
import java.util.Date;

/** Every report as received, with the case it joined (the case holds a copy for moderators). */
@ApplicationScoped
public class ReportStore {

    @Inject
    MongoDatabase database;

    MongoCollection<Document> reports;

    @PostConstruct
    void init() {
        reports = database.getCollection("reports");
    }

    /** Records the outcome of a case on every report that joined it. */
    public void decided(String caseId, String outcome, Instant at) {
        reports.updateMany(com.mongodb.client.model.Filters.eq("caseId", caseId), com.mongodb.client.model.Updates
                .combine(com.mongodb.client.model.Updates.set("outcome", outcome),
                        com.mongodb.client.model.Updates.set("decidedAt", Date.from(at))));
    }

    /** @param source report, or trusted-flagger */
    public void store(String id, ValidReport r, String source, String reporterSessionId, String caseId, Instant at) {
        reports.insertOne(new Document("_id", id)
                .append("source", source)
                .append("target", new Document("messageId", r.messageId()).append("sessionId", r.sessionId())
                        .append("roomId", r.roomId()))
                .append("category", r.category().id())
                .append("comment", r.comment())
                .append("reporterSessionId", reporterSessionId)
                .append("caseId", caseId)
                .append("at", Date.from(at)));
    }
}
