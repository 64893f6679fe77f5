package org.causette.messaging.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Destinations;
import org.causette.contracts.Event;
import org.causette.contracts.Events;
import org.causette.contracts.MessageRemoved;
import org.causette.contracts.MessageSubmitted;
import org.causette.contracts.Outcomes;
import org.causette.kit.events.EventPublisher;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Instant;

/**
 * Messages to moderation, and verdict outcomes to the gateways, each keyed by sender and channel so that Artemis keeps
 * one sender's order.
 */
@ApplicationScoped
public class MessagePublisher {

    @Inject
    EventPublisher publisher;

    @Inject
    MetricRegistry metrics;

    public void submitted(ChatMessage message) {
        publisher.toQueue(Destinations.MODERATION_REQUESTS, new MessageSubmitted(Events.newId(), Instant.now(), message),
                orderingKey(message));
    }

    /** What became of a message, for the gateways: see {@link Outcomes}. */
    public void announce(ChatMessage message, Event outcome) {
        publisher.toTopic(Destinations.GATEWAY_EVENTS, outcome, orderingKey(message));
        if (outcome instanceof MessageRemoved removed) {
            metrics.counter("causette.messaging.messages.removed", new Tag("by", removed.by())).inc();
        }
    }

    static String orderingKey(ChatMessage message) {
        return message.channel().orderingKey(message.sender().sessionId());
    }
}
