package org.causette.moderation.identification.control;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.ConnectionObserved;
import org.causette.contracts.HoldTarget;
import org.causette.kit.mongo.Stores;
import org.causette.moderation.identification.entity.IdentificationRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code identification}: the restricted collection of LCEN identification data, read only for evidence exports.
 * One document per connection ({@code _id} connection:&lt;eventId&gt;) and per message ({@code _id}
 * content:&lt;messageId&gt;), so a redelivered event writes nothing new. {@code expiresAt} is one year after the fact;
 * a TTL index (partial: never a record under legal hold) expires them on MongoDB, and {@link #purge} does it here too
 * because the MongoDB-wire test server keeps TTL indexes without enforcing them. {@code heldAuthors} names, by
 * session id, the holds that cover a session's connections, so that a new connection (every login and stream) is
 * held from the start after one read by {@code _id} instead of a query over every record.
 */
@ApplicationScoped
public class IdentificationStore {
    private static final System.Logger LOG = System.getLogger(IdentificationStore.class.getName());

    @Inject
    MongoDatabase database;

    @Inject
    @ConfigProperty(name = "causette.moderation.identification.retention-days", defaultValue = "365")
    int retentionDays;

    MongoCollection<Document> records;
    MongoCollection<Document> heldAuthors;

    @PostConstruct
    void init() {
        records = database.getCollection("identification");
        heldAuthors = database.getCollection("heldAuthors");
        if (heldAuthors.find().first() == null) {   // a store written before heldAuthors existed: derive it once
            records.find(Filters.and(Filters.eq("kind", "connection"), Filters.eq("legalHold", true)))
                    .forEach(d -> addHolds(d.getString("sessionId"), d.getList("holds", String.class, List.of())));
        }
        try {
            records.createIndex(Indexes.ascending("sessionId", "at"));   // exports and session holds (MongoDB)
            records.createIndex(Indexes.ascending("channelId", "at"));   // room and conversation holds
            records.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().name("lcen-retention")
                    .expireAfter(0L, TimeUnit.SECONDS).partialFilterExpression(Filters.eq("legalHold", false)));
        } catch (MongoException e) {
            LOG.log(System.Logger.Level.WARNING, "no TTL index on identification ({0}); the daily purge applies",
                    e.getClass().getSimpleName());
        }
    }

    /** A connection of a session whose data is held already is held by the same holds from the start. */
    public void connection(ConnectionObserved e) {
        var held = heldAuthors.find(Filters.eq("_id", e.sessionId())).first();
        var holds = held == null ? List.<String>of() : held.getList("holds", String.class, List.of());
        insert(new Document("_id", "connection:" + e.eventId())
                .append("kind", "connection")
                .append("sessionId", e.sessionId())
                .append("nickname", e.nickname())
                .append("connection", e.kind())
                .append("addressCipher", e.addressCipher())
                .append("deviceHash", e.deviceHash()), e.occurredAt(), List.copyOf(new java.util.TreeSet<>(holds)));
    }

    public void content(ChatMessage m) {
        insert(new Document("_id", "content:" + m.id())
                .append("kind", "content")
                .append("sessionId", m.sender().sessionId())
                .append("nickname", m.sender().nickname())
                .append("messageId", m.id())
                .append("channelKind", m.channel().kind().name())
                .append("channelId", m.channel().id()), m.sentAt() == null ? Instant.now() : m.sentAt(), List.of());
    }

    private void insert(Document doc, Instant at, List<String> holds) {
        doc.append("at", Date.from(at))
                .append("recordedAt", new Date())
                .append("expiresAt", Date.from(at.plus(Duration.ofDays(retentionDays))))
                .append("legalHold", !holds.isEmpty())
                .append("holds", holds);
        try {
            records.insertOne(doc);
        } catch (MongoException e) {
            if (!Stores.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    /**
     * Places a hold: the contents it covers, and every connection of their authors (who wrote them from where).
     *
     * @return how many records it holds now
     */
    public long hold(String holdId, HoldTarget target) {
        var authors = new HashSet<String>();
        var held = new ArrayList<String>();
        records.find(contents(target)).projection(com.mongodb.client.model.Projections.include("sessionId"))
                .forEach(d -> {
                    held.add(d.getString("_id"));
                    authors.add(d.getString("sessionId"));
                });
        if (target.sessionId() != null) {
            authors.add(target.sessionId());
        }
        authors.forEach(author -> addHolds(author, List.of(holdId)));
        var filter = Filters.or(Filters.in("_id", held),
                Filters.and(Filters.eq("kind", "connection"), Filters.in("sessionId", authors)));
        return records.updateMany(filter, Updates.combine(Updates.set("legalHold", true),
                Updates.addToSet("holds", holdId))).getMatchedCount();
    }

    private void addHolds(String sessionId, List<String> holds) {
        if (sessionId != null && !holds.isEmpty()) {
            heldAuthors.updateOne(Filters.eq("_id", sessionId), Updates.addEachToSet("holds", holds),
                    new com.mongodb.client.model.UpdateOptions().upsert(true));
        }
    }

    /** Releases a hold: what no other hold keeps falls under the one-year retention again. */
    public void release(String holdId) {
        heldAuthors.updateMany(Filters.eq("holds", holdId), Updates.pull("holds", holdId));
        heldAuthors.deleteMany(Filters.size("holds", 0));
        records.updateMany(Filters.eq("holds", holdId), Updates.pull("holds", holdId));
        records.updateMany(Filters.and(Filters.eq("legalHold", true), Filters.size("holds", 0)),
                Updates.set("legalHold", false));
    }

    /**
     * Deletes the records past their retention, except those under a hold (including records written after the hold
     * was placed that it covers: they are marked held instead).
     *
     * @return how many were deleted
     */
    public int purge(Instant now, Collection<HeldTarget> active) {
        var expired = new ArrayList<Document>();
        records.find(Filters.and(Filters.lt("expiresAt", Date.from(now)), Filters.ne("legalHold", true)))
                .forEach(expired::add);
        Set<String> authorsHeld = new HashSet<>();
        records.find(Filters.and(Filters.eq("kind", "content"), Filters.eq("legalHold", true)))
                .forEach(d -> authorsHeld.add(d.getString("sessionId")));
        active.forEach(h -> {
            if (h.target().sessionId() != null) {
                authorsHeld.add(h.target().sessionId());
            }
        });
        int deleted = 0;
        for (var d : expired) {
            var id = d.getString("_id");
            var holds = active.stream().filter(h -> "content".equals(d.getString("kind")) ? covers(h.target(), d)
                    : authorsHeld.contains(d.getString("sessionId"))).map(HeldTarget::holdId).toList();
            if (!holds.isEmpty()) {
                records.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("legalHold", true),
                        Updates.addEachToSet("holds", holds)));
                if ("connection".equals(d.getString("kind"))) {
                    addHolds(d.getString("sessionId"), holds);
                }
                continue;
            }
            deleted += (int) records.deleteOne(Filters.and(Filters.eq("_id", id), Filters.ne("legalHold", true)))
                    .getDeletedCount();
        }
        return deleted;
    }

    /** Every record of these sessions, oldest first. */
    public List<IdentificationRecord> ofSessions(Collection<String> sessionIds) {
        var result = new ArrayList<IdentificationRecord>();
        records.find(Filters.in("sessionId", sessionIds)).forEach(d -> result.add(toRecord(d)));
        result.sort(Comparator.comparing(IdentificationRecord::at).thenComparing(IdentificationRecord::id));
        return result;
    }

    /** The content records a hold covers, as a query (by {@code _id} for one message). */
    static org.bson.conversions.Bson contents(HoldTarget t) {
        var filters = new ArrayList<org.bson.conversions.Bson>();
        if (t.messageId() != null) {
            filters.add(Filters.eq("_id", "content:" + t.messageId()));
        } else if (t.sessionId() != null) {
            filters.add(Filters.eq("sessionId", t.sessionId()));
        } else {
            var kind = t.conversationId() != null ? Channel.Kind.conversation : Channel.Kind.room;
            filters.add(Filters.eq("channelId", t.conversationId() != null ? t.conversationId() : t.roomId()));
            filters.add(Filters.eq("channelKind", kind.name()));
        }
        filters.add(Filters.eq("kind", "content"));
        if (t.from() != null) {
            filters.add(Filters.gte("at", Date.from(t.from())));
        }
        if (t.to() != null) {
            filters.add(Filters.lte("at", Date.from(t.to())));
        }
        return Filters.and(filters);
    }

    static boolean covers(HoldTarget target, Document content) {
        var at = content.getDate("at");
        var kind = content.getString("channelKind");
        return target.covers(content.getString("messageId"), content.getString("sessionId"),
                kind == null ? null : Channel.Kind.valueOf(kind), content.getString("channelId"),
                at == null ? null : at.toInstant());
    }

    static IdentificationRecord toRecord(Document d) {
        var expires = d.getDate("expiresAt");
        return new IdentificationRecord(d.getString("_id"), d.getString("kind"), d.getString("sessionId"),
                d.getString("nickname"), d.getString("connection"), d.getString("addressCipher"),
                d.getString("deviceHash"), d.getString("messageId"), d.getString("channelKind"),
                d.getString("channelId"), d.getDate("at").toInstant(), expires == null ? null : expires.toInstant(),
                d.getBoolean("legalHold", false));
    }

    /** An active hold, as the purge needs it. */
    public record HeldTarget(String holdId, HoldTarget target) {
    }
}
