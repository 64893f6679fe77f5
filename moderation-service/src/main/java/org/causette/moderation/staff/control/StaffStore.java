package org.causette.moderation.staff.control;

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
import org.causette.moderation.staff.entity.StaffAccount;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * {@code staff}: accounts by username (a disabled account is kept, so its username is never given again, but is not
 * found for logins). {@code staffLogins}: consecutive failures and lock per origin (the client address's hash).
 */
@ApplicationScoped
public class StaffStore {

    @Inject
    MongoDatabase database;

    MongoCollection<Document> staff;
    MongoCollection<Document> logins;

    @PostConstruct
    void init() {
        staff = database.getCollection("staff");
        logins = database.getCollection("staffLogins");
    }

    public Optional<StaffAccount> find(String username) {
        return Optional.ofNullable(staff.find(Filters.and(Filters.eq("_id", username), Filters.ne("disabled", true)))
                        .first())
                .map(d -> new StaffAccount(d.getString("_id"), d.getString("passwordHash"),
                        d.getList("roles", String.class, List.of()), d.getBoolean("bootstrap", false)));
    }

    /** Every account, by username (never their password hashes). */
    public List<StaffAccount> all() {
        var result = new java.util.ArrayList<StaffAccount>();
        staff.find().sort(new Document("_id", 1)).forEach(d -> result.add(new StaffAccount(d.getString("_id"), null,
                d.getList("roles", String.class, List.of()), d.getBoolean("bootstrap", false))));
        return result;
    }

    /** @return false if the account existed already */
    public boolean create(StaffAccount account) {
        try {
            staff.insertOne(new Document("_id", account.username()).append("passwordHash", account.passwordHash())
                    .append("roles", account.roles()).append("bootstrap", account.bootstrap())
                    .append("createdAt", new Date()));
            return true;
        } catch (MongoException e) {
            if (Stores.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** @return false if there is no such enabled account */
    public boolean disable(String username) {
        return staff.updateOne(Filters.and(Filters.eq("_id", username), Filters.ne("disabled", true)),
                Updates.combine(Updates.set("disabled", true), Updates.set("disabledAt", new Date())))
                .getMatchedCount() == 1;
    }

    public void changePassword(String username, String passwordHash) {
        staff.updateOne(Filters.eq("_id", username),
                Updates.combine(Updates.set("passwordHash", passwordHash), Updates.set("passwordChangedAt", new Date())));
    }

    /** @return the end of the lock on this origin, if any was set */
    public Optional<Instant> lockedUntil(String origin) {
        return Optional.ofNullable(logins.find(Filters.eq("_id", origin)).first())
                .map(d -> d.getDate("lockedUntil")).map(Date::toInstant);
    }

    /** @return the consecutive failures, this one included */
    public int recordFailure(String origin) {
        var after = logins.findOneAndUpdate(Filters.eq("_id", origin),
                Updates.combine(Updates.inc("failures", 1), Updates.set("lastFailureAt", new Date())),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)
                        .projection(Projections.include("failures")));
        return after == null ? 1 : after.getInteger("failures", 1);
    }

    public void lock(String origin, Instant until) {
        logins.updateOne(Filters.eq("_id", origin),
                Updates.combine(Updates.set("lockedUntil", Date.from(until)), Updates.set("failures", 0)));
    }

    public void clearFailures(String origin) {
        logins.deleteOne(Filters.eq("_id", origin));
    }
}
