package org.causette.messaging.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.MessageReleased;
import org.causette.contracts.MessageSubmitted;
import org.causette.contracts.MessageWithheld;
import org.causette.contracts.Verdict;
import org.causette.kit.events.EventPublisher;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Messages to moderation, and verdict outcomes to the gateways, each keyed by sender and channel so that Artemis keeps
 * one sender's order. Outcome event ids derive from the verdict event, so a republished outcome has the same id.
 */
@ApplicationScoped
public class MessagePublisher {

    @Inject
    EventPublisher publisher;

    public void submitted(ChatMessage message) {
        publisher.toQueue(Destinations.MODERATION_REQUESTS, new MessageSubmitted(Events.newId(), Instant.now(), message),
                orderingKey(message));
    }

    public void released(ChatMessage message, String text, Verdict verdict, String statement, String verdictEvent) {
        publisher.toTopic(Destinations.GATEWAY_EVENTS, new MessageReleased(derivedId("released", verdictEvent),
                Instant.now(), message, text, verdict, statement), orderingKey(message));
    }

    public void withheld(ChatMessage message, Verdict verdict, String statement, String verdictEvent) {
        publisher.toTopic(Destinations.GATEWAY_EVENTS, new MessageWithheld(derivedId("withheld", verdictEvent),
                Instant.now(), message, verdict, statement), orderingKey(message));
    }

    static String orderingKey(ChatMessage message) {
        return message.channel().orderingKey(message.sender().sessionId());
    }

    static String derivedId(String outcome, String verdictEvent) {
        return UUID.nameUUIDFromBytes((outcome + ":" + verdictEvent).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
