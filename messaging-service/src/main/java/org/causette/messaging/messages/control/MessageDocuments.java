package org.causette.messaging.messages.control;

import org.bson.Document;
import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Sender;
import org.causette.contracts.Verdict;

import java.util.Date;
import java.util.List;

/** Messages and verdicts as BSON documents, and back. */
final class MessageDocuments {
    private MessageDocuments() {
    }

    static Document toDocument(ChatMessage m) {
        var channel = m.channel();
        return new Document("_id", m.id())
                .append("clientMessageId", m.clientMessageId())
                .append("channel", new Document("kind", channel.kind().name()).append("id", channel.id())
                        .append("audience", channel.audience() == null ? null : channel.audience().name())
                        .append("participants", channel.participants() == null ? List.of() : channel.participants()))
                .append("sender", new Document("sessionId", m.sender().sessionId())
                        .append("nickname", m.sender().nickname())
                        .append("bracket", m.sender().bracket() == null ? null : m.sender().bracket().name()))
                .append("text", m.text())
                .append("sentAt", m.sentAt() == null ? null : Date.from(m.sentAt()));
    }

    static ChatMessage toMessage(Document d) {
        var c = d.get("channel", Document.class);
        var channel = new Channel(Channel.Kind.valueOf(c.getString("kind")), c.getString("id"),
                audience(c.getString("audience")), List.copyOf(c.getList("participants", String.class, List.of())));
        var s = d.get("sender", Document.class);
        var sender = new Sender(s.getString("sessionId"), s.getString("nickname"), audience(s.getString("bracket")));
        var sentAt = d.getDate("sentAt");
        return new ChatMessage(d.getString("_id"), d.getString("clientMessageId"), channel, sender, d.getString("text"),
                sentAt == null ? null : sentAt.toInstant());
    }

    static Document toDocument(Verdict v) {
        return new Document("action", v.action().name())
                .append("categories", v.categories() == null ? List.of() : v.categories())
                .append("ruleIds", v.ruleIds() == null ? List.of() : v.ruleIds())
                .append("reason", v.reason())
                .append("deliveredText", v.deliveredText())
                .append("score", v.score());
    }

    static Verdict toVerdict(Document v) {
        if (v == null) {
            return null;
        }
        var score = v.get("score");
        return new Verdict(Verdict.Action.valueOf(v.getString("action")),
                List.copyOf(v.getList("categories", String.class, List.of())),
                List.copyOf(v.getList("ruleIds", String.class, List.of())), v.getString("reason"),
                v.getString("deliveredText"), score instanceof Number n ? n.doubleValue() : 0);
    }

    private static Audience audience(String name) {
        return name == null ? null : Audience.valueOf(name);
    }
}
