package org.causette.messaging.conversations.control;

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
import org.causette.contracts.Audience;
import org.causette.contracts.Sender;
import org.causette.kit.mongo.Stores;
import org.causette.messaging.conversations.entity.Conversation;
import org.causette.messaging.conversations.entity.ConversationStatus;

import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * {@code conversations} by id; {@code pairs} ({@code _id} = the two session ids, sorted) point to the live
 * conversation of a pair, so two racing requests cannot both open one; {@code participations} ({@code _id} = session
 * id) list a session's conversations. Every read is by {@code _id}.
 */
@ApplicationScoped
public class ConversationStore {

    @Inject
    MongoDatabase database;

    MongoCollection<Document> conversations;
    MongoCollection<Document> pairs;
    MongoCollection<Document> participations;

    @PostConstruct
    void init() {
        conversations = database.getCollection("conversations");
        pairs = database.getCollection("pairs");
        participations = database.getCollection("participations");
    }

    public Optional<Conversation> find(String id) {
        return Optional.ofNullable(conversations.find(Filters.eq("_id", id)).first()).map(ConversationStore::toConversation);
    }

    public void insert(Conversation c) {
        conversations.insertOne(new Document("_id", c.id())
                .append("pair", Conversation.pairKey(c.requester().sessionId(), c.peer().sessionId()))
                .append("requester", toDocument(c.requester()))
                .append("peer", toDocument(c.peer()))
                .append("participants", c.participants())
                .append("audience", c.audience().name())
                .append("status", c.status().name())
                .append("openedAt", Date.from(c.openedAt())));
    }

    public void delete(String id) {
        conversations.deleteOne(Filters.eq("_id", id));
    }

    /** Moves the conversation from {@code from} to {@code to}; false if it was no longer in {@code from}. */
    public boolean transition(String id, ConversationStatus from, ConversationStatus to) {
        return conversations.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", from.name())),
                Updates.combine(Updates.set("status", to.name()), Updates.set(to.name() + "At", new Date())))
                .getModifiedCount() == 1;
    }

    public Optional<String> conversationOfPair(String pairKey) {
        return Optional.ofNullable(pairs.find(Filters.eq("_id", pairKey)).first()).map(d -> d.getString("conversationId"));
    }

    /** @return false if the pair already points to a conversation */
    public boolean claimPair(String pairKey, String conversationId) {
        try {
            pairs.insertOne(new Document("_id", pairKey).append("conversationId", conversationId));
            return true;
        } catch (MongoException e) {
            if (Stores.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Points the pair to a new conversation, if it still points to {@code previous}. */
    public boolean replacePair(String pairKey, String previous, String conversationId) {
        return pairs.updateOne(Filters.and(Filters.eq("_id", pairKey), Filters.eq("conversationId", previous)),
                Updates.set("conversationId", conversationId)).getModifiedCount() == 1;
    }

    public void link(String sessionId, String conversationId) {
        participations.updateOne(Filters.eq("_id", sessionId), Updates.addToSet("conversations", conversationId),
                new UpdateOptions().upsert(true));
    }

    public List<String> conversationIdsOf(String sessionId) {
        var doc = participations.find(Filters.eq("_id", sessionId)).first();
        return doc == null ? List.of() : List.copyOf(doc.getList("conversations", String.class, List.of()));
    }

    private static Document toDocument(Sender s) {
        return new Document("sessionId", s.sessionId()).append("nickname", s.nickname())
                .append("bracket", s.bracket() == null ? null : s.bracket().name());
    }

    private static Sender toSender(Document d) {
        var bracket = d.getString("bracket");
        return new Sender(d.getString("sessionId"), d.getString("nickname"), bracket == null ? null : Audience.valueOf(bracket));
    }

    private static Conversation toConversation(Document d) {
        return new Conversation(d.getString("_id"), toSender(d.get("requester", Document.class)),
                toSender(d.get("peer", Document.class)), Audience.valueOf(d.getString("audience")),
                ConversationStatus.valueOf(d.getString("status")), d.getDate("openedAt").toInstant());
    }
}
