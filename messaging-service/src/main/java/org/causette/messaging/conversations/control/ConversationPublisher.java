package org.causette.messaging.conversations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.ConversationAnswered;
import org.causette.contracts.ConversationRequested;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.Sender;
import org.causette.kit.events.EventPublisher;
import org.causette.messaging.conversations.entity.Conversation;
import org.causette.messaging.conversations.entity.ConversationStatus;

import java.time.Instant;

/** Conversation requests and answers to the gateways, which tell both participants. */
@ApplicationScoped
public class ConversationPublisher {

    @Inject
    EventPublisher publisher;

    public void requested(Conversation c) {
        publisher.toTopic(Destinations.GATEWAY_EVENTS,
                new ConversationRequested(Events.newId(), Instant.now(), c.id(), c.requester(), c.peer()), c.id());
    }

    /** {@code from} is the participant who answered (accepted, declined or closed), {@code to} the other one. */
    public void answered(Conversation c, Sender from, ConversationStatus status) {
        var to = c.otherThan(from.sessionId()).orElseThrow();
        publisher.toTopic(Destinations.GATEWAY_EVENTS,
                new ConversationAnswered(Events.newId(), Instant.now(), c.id(), from, to, status.name()), c.id());
    }
}
