package org.causette.moderation.sanctions.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.moderation.sanctions.entity.Sanction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Sanctions by id. The collection stays small (one document per moderator decision against a session), so the
 * lookups by session or by action scan it; MongoDB proper may index them.
 */
@ApplicationScoped
public class SanctionStore {

    @Inject
    MongoDatabase database;

    MongoCollection<Document> sanctions;

    @PostConstruct
    void init() {
        sanctions = database.getCollection("sanctions");
    }

    public void store(Sanction s) {
        var doc = toDocument(s);
        doc.remove("_id");
        sanctions.updateOne(Filters.eq("_id", s.sanctionId()),
                Updates.combine(doc.entrySet().stream().map(e -> Updates.setOnInsert(e.getKey(), e.getValue())).toList()),
                new UpdateOptions().upsert(true));
    }

    public List<Sanction> activeAt(Instant now) {
        var result = new ArrayList<Sanction>();
        sanctions.find(Filters.in("action", "mute", "ban")).forEach(d -> {
            var s = toSanction(d);
            if (s.activeAt(now)) {
                result.add(s);
            }
        });
        result.sort(Comparator.comparing(Sanction::issuedAt));
        return result;
    }

    /** The sanctions a decision with this statement of reasons imposed (one at most today). */
    public List<Sanction> ofStatement(String statementId) {
        var result = new ArrayList<Sanction>();
        sanctions.find(Filters.eq("statementId", statementId)).forEach(d -> result.add(toSanction(d)));
        return result;
    }

    /**
     * Ends a sanction because an appeal reversed it; lifting it again changes nothing.
     *
     * @return true if this call lifted it
     */
    public boolean lift(String sanctionId, Instant at, String liftedBy, String appealId) {
        return sanctions.updateOne(Filters.and(Filters.eq("_id", sanctionId), Filters.eq("liftedAt", null)),
                Updates.combine(Updates.set("liftedAt", Date.from(at)), Updates.set("liftedBy", liftedBy),
                        Updates.set("liftedByAppeal", appealId))).getModifiedCount() > 0;
    }

    /** Newest first. */
    public List<Sanction> ofSession(String sessionId) {
        var result = new ArrayList<Sanction>();
        sanctions.find(Filters.eq("sessionId", sessionId)).forEach(d -> result.add(toSanction(d)));
        result.sort(Comparator.comparing(Sanction::issuedAt).reversed());
        return result;
    }

    static Document toDocument(Sanction s) {
        return new Document("_id", s.sanctionId())
                .append("sessionId", s.sessionId())
                .append("deviceHash", s.deviceHash())
                .append("action", s.action())
                .append("until", s.until() == null ? null : Date.from(s.until()))
                .append("reason", s.reason())
                .append("ground", s.ground())
                .append("caseId", s.caseId())
                .append("decisionId", s.decisionId())
                .append("statementId", s.statementId())
                .append("issuedBy", s.issuedBy())
                .append("issuedAt", Date.from(s.issuedAt()))
                .append("liftedAt", s.liftedAt() == null ? null : Date.from(s.liftedAt()));
    }

    static Sanction toSanction(Document d) {
        var until = d.getDate("until");
        var lifted = d.getDate("liftedAt");
        return new Sanction(d.getString("_id"), d.getString("sessionId"), d.getString("deviceHash"),
                d.getString("action"), until == null ? null : until.toInstant(), d.getString("reason"),
                d.getString("ground"), d.getString("caseId"), d.getString("decisionId"), d.getString("statementId"),
                d.getString("issuedBy"), d.getDate("issuedAt").toInstant(), lifted == null ? null : lifted.toInstant());
    }
}
