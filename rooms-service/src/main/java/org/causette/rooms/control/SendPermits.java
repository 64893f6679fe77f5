package org.causette.rooms.control;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.kit.mongo.Stores;
import org.causette.rooms.entity.SlowModeWait;

import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * Slow mode, enforced in the store so that it holds across every gateway and rooms-service instance: one document
 * per (room, member) with the time and id of the last message let through. Taking the slot is one conditional
 * upsert on the unique {@code _id}; a concurrent second message finds the slot taken (duplicate key). Resending the
 * message that took the slot (same id) is let through, so a client's retry is never refused.
 */
@ApplicationScoped
public class SendPermits {

    @Inject
    MongoDatabase database;

    MongoCollection<Document> permits;

    @PostConstruct
    void init() {
        permits = database.getCollection("sendPermits");
        // slots older than the longest slow mode are meaningless (enforced by MongoDB; the local store ignores it)
        permits.createIndex(Indexes.ascending("sentAt"),
                new IndexOptions().expireAfter((long) SlowModeClock.MAX_SECONDS, TimeUnit.SECONDS));
    }

    /** @throws SlowModeWait 429 rate-limited with Retry-After when the member sent here too recently */
    public void claim(String roomId, String sessionId, String messageId, int slowModeSeconds, Instant now) {
        if (slowModeSeconds <= 0) {
            return;
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            if (tryClaim(roomId, sessionId, messageId, slowModeSeconds, now)) {
                return;
            }
            var slot = permits.find(Filters.eq("_id", key(roomId, sessionId))).first();
            if (slot == null) {
                continue;
            }
            if (messageId.equals(slot.getString("messageId"))) {
                return;
            }
            long wait = SlowModeClock.secondsToWait(slot.getDate("sentAt").toInstant(), slowModeSeconds, now);
            if (wait > 0) {
                throw new SlowModeWait(slowModeSeconds, wait);
            }
        }
        throw new SlowModeWait(slowModeSeconds, 1);
    }

    private boolean tryClaim(String roomId, String sessionId, String messageId, int slowModeSeconds, Instant now) {
        try {
            permits.updateOne(Filters.and(Filters.eq("_id", key(roomId, sessionId)),
                            Filters.lte("sentAt", Date.from(now.minusSeconds(slowModeSeconds)))),
                    Updates.combine(Updates.set("sentAt", Date.from(now)), Updates.set("messageId", messageId)),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoException e) {
            if (!Stores.isDuplicateKey(e)) {
                throw e;
            }
            return false;
        }
    }

    private static String key(String roomId, String sessionId) {
        return roomId + "|" + sessionId;
    }
}
