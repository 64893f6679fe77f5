package org.causette.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * What the gateways are told about a message's fate: released to its channel, withheld (only its author hears),
 * removed or restored. Event ids derive from what caused them (a verdict, a deletion), so whoever announces an
 * outcome, and however often, the gateways receive one event id per outcome and drop the repeats. The gateways get
 * only the text members may see: never the original of a masked message (that stays with messaging and moderation).
 */
public final class Outcomes {

    private Outcomes() {
    }

    public static Event of(ChatMessage message, Verdict verdict, String statement, String verdictEvent) {
        var forGateways = new Verdict(verdict.action(), verdict.categories(), verdict.ruleIds(), verdict.reason(), null,
                verdict.score());
        if (verdict.releases()) {
            return new MessageReleased(derivedId("released", verdictEvent), Instant.now(), withoutText(message),
                    DeliveredText.of(message, verdict), forGateways, statement);
        }
        return new MessageWithheld(derivedId("withheld", verdictEvent), Instant.now(), withoutText(message),
                forGateways, statement);
    }

    /** A delivered message taken away; {@code cause}: the event that removed it (a verdict, or the deletion). */
    public static MessageRemoved removed(ChatMessage message, String by, String cause) {
        return new MessageRemoved(derivedId("removed", cause), Instant.now(), withoutText(message), by);
    }

    public static MessageRestored restored(ChatMessage message, String verdictEvent) {
        return new MessageRestored(derivedId("restored", verdictEvent), Instant.now(), withoutText(message));
    }

    /** The id of the event that releases a message on its automatic verdict. */
    public static String automaticReleaseId(String messageId) {
        return derivedId("released", automaticVerdictId(messageId));
    }

    /** The id of the automatic verdict on a message: the same for every redelivery of its moderation request. */
    public static String automaticVerdictId(String messageId) {
        return derivedId("moderated", messageId);
    }

    private static ChatMessage withoutText(ChatMessage m) {
        return new ChatMessage(m.id(), m.clientMessageId(), m.channel(), m.sender(), null, m.sentAt());
    }

    static String derivedId(String kind, String from) {
        return UUID.nameUUIDFromBytes((kind + ":" + from).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
