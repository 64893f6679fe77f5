package org.causette.gateway.sessions.control;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.contracts.Audience;
import org.causette.gateway.sessions.entity.ChatSession;
import org.causette.kit.mongo.Stores;
import org.causette.kit.problems.ProblemException;


import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Sessions by id, and nicknames by bracket and normalised key: the unique {@code _id} of {@code nicknames} is what
 * makes a nickname taken within a bracket, across every gateway instance.
 */
@ApplicationScoped
public class SessionStore {

    @Inject
    MongoDatabase database;

    MongoCollection<Document> sessions;
    MongoCollection<Document> nicknames;

    @PostConstruct
    void init() {
        sessions = database.getCollection("sessions");
        nicknames = database.getCollection("nicknames");
    }

    public void create(ChatSession session) {
        claimNickname(session);
        sessions.insertOne(new Document("_id", session.id())
                .append("nickname", session.nickname())
                .append("bracket", session.bracket().name())
                .append("gender", session.gender())
                .append("region", session.region())
                .append("deviceHash", session.deviceHash())
                .append("addressHash", session.addressHash())
                .append("createdAt", Date.from(session.createdAt()))
                .append("expiresAt", Date.from(session.expiresAt()))
                .append("tokenId", session.tokenId()));
    }

    private void claimNickname(ChatSession session) {
        var key = nicknameKey(session.bracket(), session.nickname());
        var claim = new Document("_id", key).append("sessionId", session.id())
                .append("expiresAt", Date.from(session.expiresAt()));
        try {
            nicknames.insertOne(claim);
        } catch (MongoException e) {
            if (!Stores.isDuplicateKey(e)) {
                throw e;
            }
            var freed = nicknames.replaceOne(Filters.and(Filters.eq("_id", key),
                    Filters.lt("expiresAt", new Date())), claim);
            if (freed.getModifiedCount() != 1) {
                throw ProblemException.conflict("nickname-taken", "Another active session uses this nickname.");
            }
        }
    }

    public Optional<ChatSession> active(String sessionId) {
        return Optional.ofNullable(sessions.find(Filters.and(Filters.eq("_id", sessionId),
                        Filters.exists("endedAt", false), Filters.gt("expiresAt", new Date()))).first())
                .map(SessionStore::toSession);
    }

    /**
     * An active session the caller may know of: one of the caller's own bracket. A session of the other bracket is
     * answered exactly like an unknown id, so nothing tells an adult that a teen session exists.
     */
    public Optional<ChatSession> activeWithin(String sessionId, Audience bracket) {
        return active(sessionId).filter(s -> s.bracket() == bracket);
    }

    /** Any session of this bracket, ended or not (see {@link #activeWithin}). */
    public Optional<ChatSession> findWithin(String sessionId, Audience bracket) {
        return find(sessionId).filter(s -> s.bracket() == bracket);
    }

    /** Any session, ended or not: sanctions must reach the device behind an ended session too. */
    public Optional<ChatSession> find(String sessionId) {
        return Optional.ofNullable(sessions.find(Filters.eq("_id", sessionId)).first()).map(SessionStore::toSession);
    }

    public boolean isActive(String sessionId) {
        return active(sessionId).isPresent();
    }

    /** Active, and the token presented is its current one (or the previous one, shortly after a renewal). */
    public boolean isActiveWith(String sessionId, String tokenId) {
        return active(sessionId).filter(s -> s.acceptsToken(tokenId, Instant.now())).isPresent();
    }

    /**
     * Moves the session to a new token and expiry, if it is still active and {@code currentTokenId} is still its
     * current token (two renewals with one token: the second finds nothing); the nickname stays reserved as long.
     *
     * @return the renewed session, empty if it was not renewed
     */
    public Optional<ChatSession> renew(ChatSession session, String newTokenId, Instant expiresAt,
                                       Instant previousTokenUntil) {
        var now = new Date();
        var current = session.tokenId() == null ? Filters.exists("tokenId", false)
                : Filters.eq("tokenId", session.tokenId());
        var renewed = sessions.findOneAndUpdate(Filters.and(Filters.eq("_id", session.id()),
                        Filters.exists("endedAt", false), Filters.gt("expiresAt", now), current),
                Updates.combine(Updates.set("tokenId", newTokenId), Updates.set("expiresAt", Date.from(expiresAt)),
                        Updates.set("previousTokenId", session.tokenId()),
                        Updates.set("previousTokenUntil", Date.from(previousTokenUntil))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (renewed == null) {
            return Optional.empty();
        }
        nicknames.updateOne(Filters.and(Filters.eq("_id", nicknameKey(session.bracket(), session.nickname())),
                Filters.eq("sessionId", session.id())), Updates.set("expiresAt", Date.from(expiresAt)));
        return Optional.of(toSession(renewed));
    }

    public void end(String sessionId) {
        var ended = sessions.findOneAndUpdate(Filters.and(Filters.eq("_id", sessionId), Filters.exists("endedAt", false)),
                Updates.set("endedAt", new Date()));
        if (ended != null) {
            nicknames.deleteOne(Filters.and(Filters.eq("_id",
                    nicknameKey(Audience.valueOf(ended.getString("bracket")), ended.getString("nickname"))),
                    Filters.eq("sessionId", sessionId)));
        }
    }

    /** Unique per bracket: whether a nickname is taken must tell nothing about the other side of the wall. */
    private static String nicknameKey(Audience bracket, String nickname) {
        return bracket.name() + ":" + NicknameRules.key(nickname);
    }

    private static ChatSession toSession(Document d) {
        return new ChatSession(d.getString("_id"), d.getString("nickname"), Audience.valueOf(d.getString("bracket")),
                d.getString("gender"), d.getString("region"), d.getString("deviceHash"), d.getString("addressHash"),
                d.getDate("createdAt").toInstant(), d.getDate("expiresAt").toInstant(), d.getString("tokenId"),
                d.getString("previousTokenId"),
                d.getDate("previousTokenUntil") == null ? null : d.getDate("previousTokenUntil").toInstant());
    }

}
