package org.causette.gateway.sessions.control;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.contracts.Audience;
import org.causette.kit.mongo.Stores;
import org.causette.kit.problems.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * What a device (and, briefly, an address) did before, so the wall between teens and adults holds across sessions: a
 * device that held a session in one bracket cannot open one in the other for {@link #BRACKET_MEMORY} after it; a
 * device refused as under 15 is refused any session for {@link #UNDER_AGE_DEVICE}, its address for
 * {@link #UNDER_AGE_ADDRESS} (typing 14, then 16, must not work). Kept in the gateway's database, shared by every
 * gateway, keyed by the peppered hashes only; expiry is decided here by date (the local store enforces no TTL index).
 */
@ApplicationScoped
public class DeviceWall {
    public static final Duration BRACKET_MEMORY = Duration.ofDays(30);
    public static final Duration UNDER_AGE_DEVICE = Duration.ofDays(30);
    public static final Duration UNDER_AGE_ADDRESS = Duration.ofMinutes(10);

    @Inject
    MongoDatabase database;

    MongoCollection<Document> wall;

    @PostConstruct
    void init() {
        wall = database.getCollection("wall");
    }

    /** @throws ProblemException 403 under-age while the device or the address is remembered as under 15 */
    public void checkNotUnderAge(String deviceHash, String addressHash) {
        var now = new Date();
        var remembered = wall.find(Filters.and(Filters.in("_id", underAgeKey(deviceHash), addressKey(addressHash)),
                Filters.gt("until", now))).first();
        if (remembered != null) {
            throw ProblemException.forbidden("under-age", "Causette is open from 15 years old.");
        }
    }

    public void rememberUnderAge(String deviceHash, String addressHash) {
        var now = Instant.now();
        remember(underAgeKey(deviceHash), now.plus(UNDER_AGE_DEVICE));
        remember(addressKey(addressHash), now.plus(UNDER_AGE_ADDRESS));
    }

    /**
     * Records that this device holds a session of {@code bracket} until {@code sessionEnd} (and for
     * {@link #BRACKET_MEMORY} after), unless it holds the other bracket: checked and written in one step, so two
     * racing requests cannot both open sessions of different brackets.
     *
     * @throws ProblemException 403 bracket-locked
     */
    public void claimBracket(String deviceHash, Audience bracket, Instant sessionEnd) {
        var key = bracketKey(deviceHash);
        var until = Date.from(sessionEnd.plus(BRACKET_MEMORY));
        for (int attempt = 0; attempt < 2; attempt++) {
            var now = new Date();
            var renewed = wall.updateOne(Filters.and(Filters.eq("_id", key),
                            Filters.or(Filters.eq("bracket", bracket.name()), Filters.lte("until", now))),
                    Updates.combine(Updates.set("bracket", bracket.name()), Updates.set("until", until)));
            if (renewed.getMatchedCount() == 1) {
                return;
            }
            try {
                wall.insertOne(new Document("_id", key).append("bracket", bracket.name()).append("until", until));
                return;
            } catch (MongoException e) {
                if (!Stores.isDuplicateKey(e)) {
                    throw e;
                }
            }
        }
        throw ProblemException.forbidden("bracket-locked",
                "This device was used recently on the other side of Causette (teens and adults are kept apart).");
    }

    public void purgeExpired() {
        wall.deleteMany(Filters.lte("until", new Date()));
    }

    private void remember(String key, Instant until) {
        wall.replaceOne(Filters.eq("_id", key), new Document("_id", key).append("until", Date.from(until)),
                new ReplaceOptions().upsert(true));
    }

    private static String bracketKey(String deviceHash) {
        return "bracket:" + deviceHash;
    }

    private static String underAgeKey(String deviceHash) {
        return "under-age:" + deviceHash;
    }

    private static String addressKey(String addressHash) {
        return "under-age-address:" + addressHash;
    }
}
