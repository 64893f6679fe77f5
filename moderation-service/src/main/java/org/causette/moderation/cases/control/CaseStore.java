package org.causette.moderation.cases.control;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.causette.contracts.Events;
import org.causette.kit.mongo.Stores;
import org.causette.moderation.cases.entity.CaseDetail;
import org.causette.moderation.cases.entity.CaseRecord;
import org.causette.moderation.cases.entity.CaseReport;
import org.causette.moderation.cases.entity.CaseTarget;
import org.causette.moderation.cases.entity.ReportCategory;
import org.causette.moderation.cases.entity.TakenAction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Cases, and {@code caseKeys}: one document per target ({@code _id} = target key) naming its open case, so that
 * concurrent reports on one target join one case without transactions or non-unique indexes.
 */
@ApplicationScoped
public class CaseStore {
    private static final System.Logger LOG = System.getLogger(CaseStore.class.getName());
    /** A decision whose server died half-way can be taken again after this. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(2);
    private static final int ATTEMPTS = 8;

    @Inject
    MongoDatabase database;

    MongoCollection<Document> cases;
    MongoCollection<Document> keys;

    @PostConstruct
    void init() {
        cases = database.getCollection("cases");
        keys = database.getCollection("caseKeys");
    }

    /**
     * Adds the report to the open case of its target, opening one if there is none, and raises the case's priority
     * if the report is more urgent. Adding the same report twice changes nothing.
     *
     * @param evidence the reported message as stored with its verdict, or null
     * @return the case id
     */
    public String openOrJoin(CaseTarget target, ReportCategory category, String source, CaseReport report,
                             Document evidence) {
        var key = target.key();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var caseId = keyedCase(key);
            if (caseId == null) {
                caseId = Events.newId();
                try {
                    keys.insertOne(new Document("_id", key).append("caseId", caseId).append("at", new Date()));
                } catch (MongoException e) {
                    if (Stores.isDuplicateKey(e)) {
                        continue;
                    }
                    throw e;
                }
            }
            var onInsert = new ArrayList<Bson>(List.of(
                    Updates.setOnInsert("source", source),
                    Updates.setOnInsert("category", category.id()),
                    Updates.setOnInsert("priority", category.priority()),
                    Updates.setOnInsert("target", toDocument(target)),
                    Updates.setOnInsert("key", key),
                    Updates.setOnInsert("openedAt", new Date())));
            if (evidence != null) {
                onInsert.add(Updates.setOnInsert("evidence", evidence));
            }
            onInsert.add(Updates.addToSet("reports", toDocument(report)));
            if ("trusted-flagger".equals(report.source())) {
                onInsert.add(Updates.set("trustedFlagger", true));
            }
            try {
                // upsert on {_id, status: open}: creates the case, or joins it; a closed case makes it a duplicate key
                cases.updateOne(Filters.and(Filters.eq("_id", caseId), Filters.eq("status", "open")),
                        Updates.combine(onInsert), new UpdateOptions().upsert(true));
            } catch (MongoException e) {
                if (!Stores.isDuplicateKey(e)) {
                    throw e;
                }
                keys.deleteOne(Filters.and(Filters.eq("_id", key), Filters.eq("caseId", caseId)));
                continue;
            }
            cases.updateOne(Filters.and(Filters.eq("_id", caseId), Filters.gt("priority", category.priority())),
                    Updates.combine(Updates.set("priority", category.priority()), Updates.set("category", category.id())));
            return caseId;
        }
        LOG.log(System.Logger.Level.WARNING, "could not open or join a case for {0} after {1} attempts", key, ATTEMPTS);
        throw new MongoException("case key contention");
    }

    private String keyedCase(String key) {
        var doc = keys.find(Filters.eq("_id", key)).first();
        return doc == null ? null : doc.getString("caseId");
    }

    public Optional<CaseRecord> find(String caseId) {
        return Optional.ofNullable(cases.find(Filters.eq("_id", caseId)).first()).map(CaseStore::toRecord);
    }

    public Optional<Document> evidence(String caseId) {
        return Optional.ofNullable(cases.find(Filters.eq("_id", caseId)).first()).map(d -> d.get("evidence", Document.class));
    }

    /**
     * Flags the case as an emergency (DSA Art. 18: a threat to someone's life or safety); flagging again keeps the
     * first flag.
     *
     * @return the flag in force, or empty if there is no such case
     */
    public Optional<Document> flagEmergency(String caseId, String by, String reason, Instant at) {
        cases.updateOne(Filters.and(Filters.eq("_id", caseId), Filters.eq("emergency", null)),
                Updates.set("emergency", new Document("flaggedBy", by).append("flaggedAt", Date.from(at))
                        .append("reason", reason)));
        return emergency(caseId);
    }

    /** The emergency flag of a case, if it has one. */
    public Optional<Document> emergency(String caseId) {
        return Optional.ofNullable(cases.find(Filters.eq("_id", caseId)).projection(
                com.mongodb.client.model.Projections.include("emergency")).first())
                .map(d -> d.get("emergency", Document.class));
    }

    /** Fills in the author and room of a case about a message reported before it reached moderation. */
    public void completeTarget(String caseId, CaseTarget known) {
        cases.updateOne(Filters.and(Filters.eq("_id", caseId), Filters.eq("target.sessionId", null)),
                Updates.combine(Updates.set("target.sessionId", known.sessionId()),
                        Updates.set("target.roomId", known.roomId())));
    }

    /** Open cases (including one being decided), or closed ones; unordered. */
    public List<CaseRecord> withStatus(boolean open) {
        var result = new ArrayList<CaseRecord>();
        var filter = open ? Filters.ne("status", "closed") : Filters.eq("status", "closed");
        cases.find(filter).forEach(d -> result.add(toRecord(d)));
        return result;
    }

    /** Takes the case for one decision: only one moderator's decision applies. */
    public Optional<CaseRecord> claim(String caseId, String decisionId, Instant now) {
        var claimable = Filters.or(Filters.eq("status", "open"),
                Filters.and(Filters.eq("status", "deciding"), Filters.lt("claimedAt", Date.from(now.minus(STALE_CLAIM)))));
        var claimed = cases.findOneAndUpdate(Filters.and(Filters.eq("_id", caseId), claimable),
                Updates.combine(Updates.set("status", "deciding"), Updates.set("decisionId", decisionId),
                        Updates.set("claimedAt", Date.from(now))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).filter(d -> decisionId.equals(d.getString("decisionId")))
                .map(CaseStore::toRecord);
    }

    /** Gives the case back after a decision failed half-way. */
    public void release(String caseId, String decisionId) {
        cases.updateOne(Filters.and(Filters.eq("_id", caseId), Filters.eq("decisionId", decisionId),
                Filters.eq("status", "deciding")), Updates.set("status", "open"));
    }

    public void close(CaseRecord record, CaseDetail.DecisionRecord decision, String statementId) {
        cases.updateOne(Filters.and(Filters.eq("_id", record.id()), Filters.eq("decisionId", decision.id())),
                Updates.combine(Updates.set("status", "closed"), Updates.set("closedAt", Date.from(decision.decidedAt())),
                        Updates.set("decision", new Document("id", decision.id())
                                .append("action", decision.action())
                                .append("durationMinutes", decision.durationMinutes())
                                .append("reason", decision.reason())
                                .append("ground", decision.ground())
                                .append("decidedBy", decision.decidedBy())
                                .append("decidedAt", Date.from(decision.decidedAt()))
                                .append("statementId", statementId)
                                .append("actions", decision.actions().stream().map(a -> new Document("action", a.action())
                                        .append("durationMinutes", a.durationMinutes())
                                        .append("statementId", a.statement())).toList()))));
        keys.deleteOne(Filters.and(Filters.eq("_id", record.target().key()), Filters.eq("caseId", record.id())));
    }

    static Document toDocument(CaseTarget t) {
        return new Document("messageId", t.messageId()).append("sessionId", t.sessionId()).append("roomId", t.roomId());
    }

    static Document toDocument(CaseReport r) {
        return new Document("id", r.id()).append("source", r.source()).append("category", r.category())
                .append("comment", r.comment()).append("reporterSessionId", r.reporterSessionId())
                .append("at", Date.from(r.at()));
    }

    static CaseRecord toRecord(Document d) {
        var t = d.get("target", Document.class);
        var target = new CaseTarget(t.getString("messageId"), t.getString("sessionId"), t.getString("roomId"));
        var reports = d.getList("reports", Document.class, List.of()).stream()
                .map(r -> new CaseReport(r.getString("id"), r.getString("source"), r.getString("category"),
                        r.getString("comment"), r.getString("reporterSessionId"), instant(r.getDate("at"))))
                .toList();
        var decision = d.get("decision", Document.class);
        var priority = d.get("priority");
        return new CaseRecord(d.getString("_id"), d.getString("status"), d.getString("source"),
                d.getString("category"), priority instanceof Number n ? n.intValue() : 5, target,
                instant(d.getDate("openedAt")), reports, decision == null ? null : toDecision(decision),
                d.getBoolean("trustedFlagger", false));
    }

    private static CaseDetail.DecisionRecord toDecision(Document d) {
        var duration = d.get("durationMinutes");
        var actions = d.getList("actions", Document.class, List.of()).stream()
                .map(a -> new TakenAction(a.getString("action"), a.get("durationMinutes") instanceof Number m
                        ? m.longValue() : null, a.getString("statementId"))).toList();
        return new CaseDetail.DecisionRecord(d.getString("id"), d.getString("action"),
                duration instanceof Number n ? n.longValue() : null, d.getString("reason"), d.getString("ground"),
                d.getString("decidedBy"), instant(d.getDate("decidedAt")), d.getString("statementId"), actions);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
