package org.causette.moderation.appeals.control;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.kit.mongo.Stores;
import org.causette.moderation.appeals.entity.Appeal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Appeals by id ({@code _id} derived from the statement of reasons, so a second appeal against one decision is a
 * duplicate key). {@code status} is pending, reviewing (a review is being applied), upheld or reversed. The collection
 * stays small: listing it scans it.
 */
@ApplicationScoped
public class AppealStore {
    /** A review whose server died half-way can be taken again after this. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(2);

    @Inject
    MongoDatabase database;

    MongoCollection<Document> appeals;

    @PostConstruct
    void init() {
        appeals = database.getCollection("appeals");
    }

    /** @return false if this decision was appealed already */
    public boolean file(Appeal a) {
        try {
            appeals.insertOne(new Document("_id", a.id())
                    .append("statementId", a.statementId())
                    .append("status", "pending")
                    .append("complaint", a.complaint())
                    .append("filedAt", Date.from(a.filedAt()))
                    .append("sessionId", a.sessionId())
                    .append("decision", a.decision())
                    .append("caseId", a.caseId())
                    .append("decidedBy", a.decidedBy())
                    .append("decidedAt", a.decidedAt() == null ? null : Date.from(a.decidedAt())));
            return true;
        } catch (MongoException e) {
            if (Stores.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    public Optional<Appeal> find(String id) {
        return Optional.ofNullable(appeals.find(Filters.eq("_id", id)).first()).map(AppealStore::toAppeal);
    }

    /** @param status pending (including one being reviewed), upheld, reversed, or null for all */
    public List<Appeal> withStatus(String status) {
        var filter = status == null ? Filters.empty()
                : "pending".equals(status) ? Filters.in("status", "pending", "reviewing") : Filters.eq("status", status);
        var result = new ArrayList<Appeal>();
        appeals.find(filter).forEach(d -> result.add(toAppeal(d)));
        return result;
    }

    /** Takes the appeal for one review: only one moderator's review applies. */
    public boolean claim(String id, String reviewId, Instant now) {
        var claimable = Filters.or(Filters.eq("status", "pending"),
                Filters.and(Filters.eq("status", "reviewing"), Filters.lt("claimedAt", Date.from(now.minus(STALE_CLAIM)))));
        var claimed = appeals.findOneAndUpdate(Filters.and(Filters.eq("_id", id), claimable),
                Updates.combine(Updates.set("status", "reviewing"), Updates.set("reviewId", reviewId),
                        Updates.set("claimedAt", Date.from(now))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)
                        .projection(Projections.include("reviewId")));
        return claimed != null && reviewId.equals(claimed.getString("reviewId"));
    }

    public void release(String id, String reviewId) {
        appeals.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("reviewId", reviewId),
                Filters.eq("status", "reviewing")), Updates.set("status", "pending"));
    }

    public void close(String id, String reviewId, Appeal.Review review) {
        appeals.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("reviewId", reviewId)),
                Updates.combine(Updates.set("status", review.outcome()),
                        Updates.set("review", new Document("outcome", review.outcome())
                                .append("reason", review.reason())
                                .append("reviewedBy", review.reviewedBy())
                                .append("reviewedAt", Date.from(review.reviewedAt()))
                                .append("liftedSanctions", review.liftedSanctions()))));
    }

    static Appeal toAppeal(Document d) {
        var r = d.get("review", Document.class);
        var review = r == null ? null : new Appeal.Review(r.getString("outcome"), r.getString("reason"),
                r.getString("reviewedBy"), instant(r.getDate("reviewedAt")),
                r.getList("liftedSanctions", String.class, List.of()));
        var status = d.getString("status");
        return new Appeal(d.getString("_id"), d.getString("statementId"),
                "reviewing".equals(status) ? "pending" : status, d.getString("complaint"),
                instant(d.getDate("filedAt")), d.getString("sessionId"), d.getString("decision"),
                d.getString("caseId"), d.getString("decidedBy"), instant(d.getDate("decidedAt")), review);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
