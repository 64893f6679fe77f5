package org.causette.messaging.holds.control;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.causette.contracts.Channel;
import org.causette.contracts.HoldTarget;
import org.causette.kit.mongo.Stores;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The legal holds moderation-service placed ({@code legalHolds}, a copy) and their mark on messages:
 * {@code legalHold: true} and the hold ids in {@code holds}. Placing or releasing twice changes nothing.
 */
@ApplicationScoped
public class HoldBook {
    private static final System.Logger LOG = System.getLogger(HoldBook.class.getName());

    @Inject
    MongoDatabase database;

    MongoCollection<Document> holds;
    MongoCollection<Document> messages;

    @PostConstruct
    void init() {
        holds = database.getCollection("legalHolds");
        messages = database.getCollection("messages");
    }

    public void placed(String holdId, HoldTarget target) {
        try {
            holds.insertOne(new Document("_id", holdId).append("active", true)
                    .append("messageId", target.messageId()).append("sessionId", target.sessionId())
                    .append("conversationId", target.conversationId()).append("roomId", target.roomId())
                    .append("from", date(target.from())).append("to", date(target.to())));
        } catch (MongoException e) {
            if (!Stores.isDuplicateKey(e)) {
                throw e;
            }
        }
        var held = messages.updateMany(filter(target), Updates.combine(Updates.set("legalHold", true),
                Updates.addToSet("holds", holdId))).getMatchedCount();
        LOG.log(System.Logger.Level.INFO, "legal hold {0}: {1} message(s) held", holdId, held);
    }

    public void released(String holdId) {
        holds.updateOne(Filters.eq("_id", holdId), Updates.set("active", false));
        messages.updateMany(Filters.eq("holds", holdId), Updates.pull("holds", holdId));
        messages.updateMany(Filters.and(Filters.eq("legalHold", true), Filters.size("holds", 0)),
                Updates.set("legalHold", false));
        LOG.log(System.Logger.Level.INFO, "legal hold {0} released", holdId);
    }

    /** The holds in force, for the retention purge (messages stored after a hold was placed are covered too). */
    public List<Active> active() {
        var result = new ArrayList<Active>();
        holds.find(Filters.eq("active", true)).forEach(d -> result.add(new Active(d.getString("_id"),
                new HoldTarget(d.getString("messageId"), d.getString("sessionId"), d.getString("conversationId"),
                        d.getString("roomId"), instant(d.getDate("from")), instant(d.getDate("to"))))));
        return result;
    }

    /** Marks a message the purge found under a hold. */
    public void mark(String messageId, List<String> holdIds) {
        messages.updateOne(Filters.eq("_id", messageId), Updates.combine(Updates.set("legalHold", true),
                Updates.addEachToSet("holds", holdIds)));
    }

    static Bson filter(HoldTarget t) {
        var filters = new ArrayList<Bson>();
        if (t.messageId() != null) {
            filters.add(Filters.eq("_id", t.messageId()));
        } else if (t.sessionId() != null) {
            filters.add(Filters.eq("sender.sessionId", t.sessionId()));
        } else if (t.conversationId() != null) {
            filters.add(Filters.eq("channel.kind", Channel.Kind.conversation.name()));
            filters.add(Filters.eq("channel.id", t.conversationId()));
        } else {
            filters.add(Filters.eq("channel.kind", Channel.Kind.room.name()));
            filters.add(Filters.eq("channel.id", t.roomId()));
        }
        if (t.from() != null) {
            filters.add(Filters.gte("sentAt", Date.from(t.from())));
        }
        if (t.to() != null) {
            filters.add(Filters.lte("sentAt", Date.from(t.to())));
        }
        return Filters.and(filters);
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    public record Active(String holdId, HoldTarget target) {
    }
}
