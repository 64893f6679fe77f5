package org.causette.moderation.verdicts.control;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Sender;
import org.causette.contracts.Verdict;
import org.causette.kit.mongo.Stores;
import org.causette.moderation.verdicts.entity.StoredVerdict;

import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * One document per message ({@code _id} = message id): the verdict and the original message as evidence. The
 * unique id makes a verdict idempotent: whoever inserts first wins, a redelivery reads what is stored.
 */
@ApplicationScoped
public class VerdictStore {

    @Inject
    MongoDatabase database;

    MongoCollection<Document> verdicts;

    @PostConstruct
    void init() {
        verdicts = database.getCollection("verdicts");
    }

    public Optional<StoredVerdict> find(String messageId) {
        return Optional.ofNullable(verdicts.find(Filters.eq("_id", messageId)).first()).map(VerdictStore::toStored);
    }

    /** What the engine decided about the message, even after a moderator overruled it. */
    public Optional<Verdict> automaticVerdict(String messageId) {
        return Optional.ofNullable(verdicts.find(Filters.eq("_id", messageId)).first())
                .map(d -> d.get("automaticVerdict", Document.class) != null ? d.get("automaticVerdict", Document.class)
                        : d.get("verdict", Document.class))
                .map(VerdictStore::toVerdict);
    }

    /** @return the stored verdict: this one, or the one a concurrent delivery stored first */
    public StoredVerdict storeIfAbsent(StoredVerdict verdict) {
        try {
            verdicts.insertOne(toDocument(verdict));
            return verdict;
        } catch (MongoException e) {
            if (Stores.isDuplicateKey(e)) {
                return find(verdict.message().id()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    public void linkCase(String messageId, String caseId) {
        verdicts.updateOne(Filters.eq("_id", messageId), Updates.set("caseId", caseId));
    }

    /** A moderator's decision replaces the automatic verdict (which stays in {@code automaticVerdict}). */
    public void overrule(String messageId, Verdict verdict, String statementId, String decisionId) {
        var current = verdicts.find(Filters.eq("_id", messageId)).first();
        if (current == null) {
            return;
        }
        var updates = new java.util.ArrayList<>(List.of(
                Updates.set("verdict", toDocument(verdict)),
                Updates.set("statementId", statementId),
                Updates.set("decisionId", decisionId),
                Updates.set("decidedAt", new Date())));
        if (current.get("automaticVerdict") == null) {
            updates.add(Updates.set("automaticVerdict", current.get("verdict")));
        }
        verdicts.updateOne(Filters.eq("_id", messageId), Updates.combine(updates));
    }

    static Document toDocument(StoredVerdict v) {
        var m = v.message();
        return new Document("_id", m.id())
                .append("message", toDocument(m))
                .append("verdict", toDocument(v.verdict()))
                .append("statementId", v.statementId())
                .append("evaluatedAt", Date.from(v.evaluatedAt()))
                .append("caseId", v.caseId())
                .append("decisionId", v.decisionId());
    }

    public static Document toDocument(ChatMessage m) {
        var c = m.channel();
        var s = m.sender();
        return new Document("id", m.id())
                .append("clientMessageId", m.clientMessageId())
                .append("channel", new Document("kind", c.kind().name()).append("id", c.id())
                        .append("audience", c.audience() == null ? null : c.audience().name())
                        .append("participants", c.participants() == null ? List.of() : c.participants()))
                .append("sender", new Document("sessionId", s.sessionId()).append("nickname", s.nickname())
                        .append("bracket", s.bracket() == null ? null : s.bracket().name()))
                .append("text", m.text())
                .append("sentAt", m.sentAt() == null ? null : Date.from(m.sentAt()));
    }

    static Document toDocument(Verdict v) {
        return new Document("action", v.action().name())
                .append("categories", v.categories())
                .append("ruleIds", v.ruleIds())
                .append("reason", v.reason())
                .append("deliveredText", v.deliveredText())
                .append("score", v.score());
    }

    static StoredVerdict toStored(Document d) {
        var evaluatedAt = d.getDate("evaluatedAt");
        return new StoredVerdict(toMessage(d.get("message", Document.class)), toVerdict(d.get("verdict", Document.class)),
                d.getString("statementId"), evaluatedAt == null ? null : evaluatedAt.toInstant(),
                d.getString("caseId"), d.getString("decisionId"));
    }

    public static ChatMessage toMessage(Document m) {
        var c = m.get("channel", Document.class);
        var s = m.get("sender", Document.class);
        var audience = c.getString("audience");
        var bracket = s.getString("bracket");
        var sentAt = m.getDate("sentAt");
        return new ChatMessage(m.getString("id"), m.getString("clientMessageId"),
                new Channel(Channel.Kind.valueOf(c.getString("kind")), c.getString("id"),
                        audience == null ? null : Audience.valueOf(audience), c.getList("participants", String.class, List.of())),
                new Sender(s.getString("sessionId"), s.getString("nickname"), bracket == null ? null : Audience.valueOf(bracket)),
                m.getString("text"), sentAt == null ? null : sentAt.toInstant());
    }

    static Verdict toVerdict(Document v) {
        var score = v.get("score");
        return new Verdict(Verdict.Action.valueOf(v.getString("action")), v.getList("categories", String.class, List.of()),
                v.getList("ruleIds", String.class, List.of()), v.getString("reason"), v.getString("deliveredText"),
                score instanceof Number n ? n.doubleValue() : 0);
    }
}
