package org.causette.gateway.staff.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.gateway.security.entity.Identity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;

/**
 * Staff tokens that stopped working before they expire: one ended by its holder (by {@code jti}), and every token of a
 * disabled account (by username). Kept in the gateway's database, which every gateway reads on each staff request, so
 * a revocation holds at once everywhere; a record is needed only as long as a token it revokes could live.
 */
@ApplicationScoped
public class StaffTokenRevocations {

    @Inject
    MongoDatabase database;

    @Inject
    @ConfigProperty(name = "causette.gateway.staff.ttl-minutes")
    long ttlMinutes;

    MongoCollection<Document> revocations;

    @PostConstruct
    void init() {
        revocations = database.getCollection("staffRevocations");
    }

    public void revokeToken(Identity staff) {
        record(tokenKey(staff.tokenId()), staff.expiresAt());
    }

    public void revokeAccount(String username) {
        record(accountKey(username), Instant.now().plus(Duration.ofMinutes(ttlMinutes)));
    }

    public boolean isRevoked(Identity staff) {
        var keys = new ArrayList<String>();
        keys.add(accountKey(staff.subject().substring(staff.subject().indexOf(':') + 1)));
        if (staff.tokenId() != null) {
            keys.add(tokenKey(staff.tokenId()));
        }
        return revocations.find(Filters.and(Filters.in("_id", keys), Filters.gt("until", new Date()))).first() != null;
    }

    public void purgeExpired() {
        revocations.deleteMany(Filters.lte("until", new Date()));
    }

    private void record(String key, Instant until) {
        revocations.replaceOne(Filters.eq("_id", key), new Document("_id", key).append("until", Date.from(until)),
                new ReplaceOptions().upsert(true));
    }

    private static String tokenKey(String jti) {
        return "token:" + jti;
    }

    private static String accountKey(String username) {
        return "account:" + username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
