package org.causette.messaging.messages.control;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Verdict;
import org.causette.kit.mongo.Stores;
import org.causette.messaging.messages.entity.MessageState;
import org.causette.messaging.messages.entity.StoredMessage;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every message, keyed by the id the gateway derived, so a resend is a duplicate key and never a second message. The
 * state only moves through conditional updates ({@code _id} and the expected state), so concurrent verdicts cannot
 * both win.
 */
@ApplicationScoped
public class MessageStore {

    @Inject
    MongoDatabase database;

    MongoCollection<Document> messages;

    @PostConstruct
    void init() {
        messages = database.getCollection("messages");
    }

    /** @return true if stored now, false if a message with this id already exists */
    public boolean insert(ChatMessage message) {
        try {
            messages.insertOne(MessageDocuments.toDocument(message)
                    .append("state", MessageState.pending.name())
                    .append("storedAt", new Date()));
            return true;
        } catch (MongoException e) {
            if (Stores.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    public Optional<StoredMessage> find(String id) {
        return Optional.ofNullable(messages.find(Filters.eq("_id", id)).first()).map(MessageStore::toStored);
    }

    /**
     * Moves the message from {@code from} to {@code to}; false if it was no longer in {@code from}.
     * {@code announced}: the outcome already reached the gateways (nothing left to publish).
     */
    public boolean transition(String id, MessageState from, MessageState to, Verdict verdict, String statement,
                              String verdictEvent, boolean announced) {
        var result = messages.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("state", from.name())),
                decision(to, verdict, statement, verdictEvent, announced));
        return result.getModifiedCount() == 1;
    }

    /** Moves a pending message to {@code to} in one step: the message as it was, or empty if it was not pending. */
    public Optional<StoredMessage> transitionFromPending(String id, MessageState to, Verdict verdict, String statement,
                                                         String verdictEvent, boolean announced) {
        return Optional.ofNullable(messages.findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("state", MessageState.pending.name())),
                decision(to, verdict, statement, verdictEvent, announced),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE))).map(MessageStore::toStored);
    }

    private static org.bson.conversions.Bson decision(MessageState to, Verdict verdict, String statement,
                                                      String verdictEvent, boolean announced) {
        return Updates.combine(
                Updates.set("state", to.name()),
                Updates.set("verdict", MessageDocuments.toDocument(verdict)),
                Updates.set("statement", statement),
                Updates.set("verdictEvent", verdictEvent),
                Updates.set("published", announced),
                Updates.set("decidedAt", new Date()));
    }

    /** Its author deleted the message (it stays stored for casework); false if it was no longer in {@code from}. */
    public boolean delete(String id, MessageState from) {
        return messages.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("state", from.name())),
                Updates.combine(Updates.set("state", MessageState.deleted.name()), Updates.set("deletedAt", new Date())))
                .getModifiedCount() == 1;
    }

    /** The event announcing the change made by {@code verdictEvent} reached the broker. */
    public void markPublished(String id, String verdictEvent) {
        messages.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("verdictEvent", verdictEvent)),
                Updates.set("published", true));
    }

    /** Messages of one channel kind sent before {@code cutoff} and not under legal hold (a daily scan). */
    public void forEachExpired(Channel.Kind kind, Instant cutoff, Consumer<String> action) {
        messages.find(Filters.and(Filters.eq("channel.kind", kind.name()), Filters.lt("sentAt", Date.from(cutoff)),
                        Filters.ne("legalHold", true)))
                .projection(Projections.include("_id"))
                .forEach(d -> action.accept(d.getString("_id")));
    }

    /** Deletes the message unless a legal hold was set meanwhile. */
    public boolean deleteUnlessHeld(String id) {
        return messages.deleteOne(Filters.and(Filters.eq("_id", id), Filters.ne("legalHold", true)))
                .getDeletedCount() == 1;
    }

    static StoredMessage toStored(Document d) {
        return new StoredMessage(MessageDocuments.toMessage(d), MessageState.valueOf(d.getString("state")),
                MessageDocuments.toVerdict(d.get("verdict", Document.class)), d.getString("statement"),
                d.getString("verdictEvent"), d.getBoolean("published", false), d.getBoolean("legalHold", false));
    }
}
