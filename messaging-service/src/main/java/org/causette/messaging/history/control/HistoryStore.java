package org.causette.messaging.history.control;

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
import org.causette.kit.mongo.Stores;
import org.causette.messaging.history.entity.Author;
import org.causette.messaging.history.entity.ChannelKey;
import org.causette.messaging.history.entity.HistoryItem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Delivered messages in bucket documents: {@code buckets} ({@code _id} = channel key + ":" + n) hold up to
 * {@code bucketSize} items in delivery order, {@code channels} hold each channel's current bucket number and
 * {@code placements} say which bucket holds a message. Every read is by {@code _id}, so a page costs two or three
 * lookups on MongoDB and on mongo-java-server alike, whatever the size of the history.
 */
@ApplicationScoped
public class HistoryStore {
    private static final int MAX_ATTEMPTS = 20;
    private static final int MAX_REMEMBERED_CHANNELS = 10_000;

    public record Placement(String channel, int bucket) {
    }

    @Inject
    MongoDatabase database;

    @Inject
    @ConfigProperty(name = "causette.messaging.history.bucket-size", defaultValue = "20")
    int bucketSize;

    MongoCollection<Document> channels;
    MongoCollection<Document> buckets;
    MongoCollection<Document> placements;

    /**
     * Each channel's current bucket as last seen here: a bucket is only ever left once full, so an append to a
     * stale number fails on the count and reads the store again.
     */
    private final Map<String, Integer> currentBuckets = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        channels = database.getCollection("channels");
        buckets = database.getCollection("buckets");
        placements = database.getCollection("placements");
    }

    /**
     * Appends the item to the channel's current bucket, opening the next one when it is full; idempotent.
     *
     * @param maybeThere false when the item cannot be in the history yet (saves a read)
     */
    public void append(ChannelKey channel, HistoryItem item, boolean maybeThere) {
        if (maybeThere && placement(item.id()).isPresent()) {
            return;
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            var known = attempt == 0 ? currentBuckets.get(channel.value()) : null;
            int n = known != null ? known : currentBucket(channel);
            remember(channel, n);
            try {
                buckets.updateOne(Filters.and(Filters.eq("_id", channel.bucket(n)), Filters.lt("count", bucketSize),
                                Filters.ne("messages.id", item.id())),
                        Updates.combine(Updates.push("messages", toDocument(item)), Updates.inc("count", 1),
                                Updates.setOnInsert("channel", channel.value()), Updates.setOnInsert("n", n)),
                        new UpdateOptions().upsert(true));
                place(item.id(), channel, n);
                return;
            } catch (MongoException e) {
                if (!Stores.isDuplicateKey(e)) {
                    throw e;
                }
            }
            // the bucket exists but did not take the item: it holds it already, or it is full
            var bucket = buckets.find(Filters.eq("_id", channel.bucket(n))).first();
            if (bucket == null) {
                continue;
            }
            if (items(bucket).stream().anyMatch(d -> item.id().equals(d.getString("id")))) {
                place(item.id(), channel, n);
                return;
            }
            if (bucket.getInteger("count", 0) >= bucketSize) {
                advance(channel, n);
            }
        }
        throw new IllegalStateException("could not append message " + item.id() + " to " + channel.value());
    }

    private void remember(ChannelKey channel, int n) {
        if (currentBuckets.size() >= MAX_REMEMBERED_CHANNELS) {
            currentBuckets.clear();
        }
        currentBuckets.put(channel.value(), n);
    }

    public int currentBucket(ChannelKey channel) {
        var doc = channels.find(Filters.eq("_id", channel.value())).first();
        return doc == null ? 0 : doc.getInteger("bucket", 0);
    }

    /** A bucket's items, oldest first; empty if the bucket does not exist. */
    public Optional<List<HistoryItem>> bucket(ChannelKey channel, int n) {
        return Optional.ofNullable(buckets.find(Filters.eq("_id", channel.bucket(n))).first())
                .map(d -> items(d).stream().map(i -> toItem(channel, i)).toList());
    }

    public Optional<Placement> placement(String messageId) {
        return Optional.ofNullable(placements.find(Filters.eq("_id", messageId)).first())
                .map(d -> new Placement(d.getString("channel"), d.getInteger("bucket")));
    }

    /** Takes the message out of its bucket; a full bucket left empty is dropped. */
    public void remove(String messageId) {
        var placement = placement(messageId);
        if (placement.isEmpty()) {
            return;
        }
        var bucketId = placement.get().channel() + ":" + placement.get().bucket();
        buckets.updateOne(Filters.eq("_id", bucketId), Updates.pull("messages", new Document("id", messageId)));
        var bucket = buckets.find(Filters.eq("_id", bucketId)).first();
        if (bucket != null && items(bucket).isEmpty() && bucket.getInteger("count", 0) >= bucketSize) {
            buckets.deleteOne(Filters.and(Filters.eq("_id", bucketId), Filters.gte("count", bucketSize),
                    Filters.size("messages", 0)));
        }
        placements.deleteOne(Filters.eq("_id", messageId));
    }

    private void advance(ChannelKey channel, int full) {
        try {
            channels.updateOne(Filters.and(Filters.eq("_id", channel.value()), Filters.eq("bucket", full)),
                    Updates.set("bucket", full + 1), new UpdateOptions().upsert(true));
        } catch (MongoException e) {
            if (!Stores.isDuplicateKey(e)) {
                throw e;
            }
            // another writer advanced it first
        }
    }

    private void place(String messageId, ChannelKey channel, int n) {
        placements.updateOne(Filters.eq("_id", messageId),
                Updates.combine(Updates.set("channel", channel.value()), Updates.set("bucket", n)),
                new UpdateOptions().upsert(true));
    }

    private static List<Document> items(Document bucket) {
        return bucket.getList("messages", Document.class, List.of());
    }

    private static Document toDocument(HistoryItem item) {
        return new Document("id", item.id())
                .append("from", new Document("sessionId", item.from().sessionId())
                        .append("nickname", item.from().nickname()))
                .append("text", item.text())
                .append("sentAt", item.sentAt() == null ? null : Date.from(item.sentAt()));
    }

    private static HistoryItem toItem(ChannelKey channel, Document d) {
        var from = d.get("from", Document.class);
        var sentAt = d.getDate("sentAt");
        return HistoryItem.in(channel, d.getString("id"),
                new Author(from.getString("sessionId"), from.getString("nickname")), d.getString("text"),
                sentAt == null ? null : sentAt.toInstant());
    }
}
