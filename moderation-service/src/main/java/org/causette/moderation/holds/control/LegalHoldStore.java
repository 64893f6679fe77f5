package org.causette.moderation.holds.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.contracts.HoldTarget;
import org.causette.moderation.holds.entity.LegalHold;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** {@code legalHolds}: every hold, active or released (a small collection). */
@ApplicationScoped
public class LegalHoldStore {

    @Inject
    MongoDatabase database;

    MongoCollection<Document> holds;

    @PostConstruct
    void init() {
        holds = database.getCollection("legalHolds");
    }

    public void store(LegalHold h) {
        var t = h.target();
        holds.insertOne(new Document("_id", h.id()).append("status", h.status())
                .append("target", new Document("messageId", t.messageId()).append("sessionId", t.sessionId())
                        .append("conversationId", t.conversationId()).append("roomId", t.roomId())
                        .append("from", date(t.from())).append("to", date(t.to())))
                .append("reason", h.reason()).append("reference", h.reference())
                .append("placedBy", h.placedBy()).append("placedAt", date(h.placedAt()))
                .append("heldRecords", h.heldRecords()));
    }

    public void heldRecords(String id, long count) {
        holds.updateOne(Filters.eq("_id", id), Updates.set("heldRecords", count));
    }

    public Optional<LegalHold> find(String id) {
        return Optional.ofNullable(holds.find(Filters.eq("_id", id)).first()).map(LegalHoldStore::toHold);
    }

    /** Newest first. */
    public List<LegalHold> all() {
        var result = new ArrayList<LegalHold>();
        holds.find().forEach(d -> result.add(toHold(d)));
        result.sort(Comparator.comparing(LegalHold::placedAt).reversed());
        return result;
    }

    public List<LegalHold> active() {
        return all().stream().filter(LegalHold::active).toList();
    }

    /** @return true if this call released it */
    public boolean release(String id, String by, Instant at) {
        return holds.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", "active")),
                Updates.combine(Updates.set("status", "released"), Updates.set("releasedBy", by),
                        Updates.set("releasedAt", Date.from(at)))).getModifiedCount() == 1;
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    static LegalHold toHold(Document d) {
        var t = d.get("target", Document.class);
        var count = d.get("heldRecords");
        return new LegalHold(d.getString("_id"), d.getString("status"),
                new HoldTarget(t.getString("messageId"), t.getString("sessionId"), t.getString("conversationId"),
                        t.getString("roomId"), instant(t.getDate("from")), instant(t.getDate("to"))),
                d.getString("reason"), d.getString("reference"), d.getString("placedBy"), instant(d.getDate("placedAt")),
                d.getString("releasedBy"), instant(d.getDate("releasedAt")),
                count instanceof Number n ? n.longValue() : 0);
    }
}
