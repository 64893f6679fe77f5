package org.causette.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * What the gateways are told about a message's fate: released to its channel, withheld (only its author hears),
 * removed or restored. Event ids derive from what caused them (a verdict, a deletion), so whoever announces an
 * outcome, and however often, the gateways receive one event id per outcome and drop the repeats.
 */
public final class Outcomes {

    private Outcomes() {
    }

    public static Event of(ChatMessage message, Verdict verdict, String statement, String verdictEvent) {
        if (verdict.releases()) {
            return new MessageReleased(derivedId("released", verdictEvent), Instant.now(), message,
                    DeliveredText.of(message, verdict), verdict, statement);
        }
        return new MessageWithheld(derivedId("withheld", verdictEvent), Instant.now(), message, verdict, statement);
    }

    /** A delivered message taken away; {@code cause}: the event that removed it (a verdict, or the deletion). */
    public static MessageRemoved removed(ChatMessage message, String by, String cause) {
        return new MessageRemoved(derivedId("removed", cause), Instant.now(), message, by);
    }

    public static MessageRestored restored(ChatMessage message, String verdictEvent) {
        return new MessageRestored(derivedId("restored", verdictEvent), Instant.now(), message);
    }

    /** The id of the event that releases a message on its automatic verdict. */
    public static String automaticReleaseId(String messageId) {
        return derivedId("released", automaticVerdictId(messageId));
    }

    /** The id of the automatic verdict on a message: the same for every redelivery of its moderation request. */
    public static String automaticVerdictId(String messageId) {
        return derivedId("moderated", messageId);
    }

    static String derivedId(String kind, String from) {
        return UUID.nameUUIDFromBytes((kind + ":" + from).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
