package org.causette.moderation.verdicts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.MessageModerated;
import org.causette.contracts.Outcomes;
import org.causette.contracts.Verdict;
import org.causette.kit.events.EventPublisher;

import java.time.Instant;

/** Verdicts go back to messaging-service, in per-sender order. */
@ApplicationScoped
public class VerdictPublisher {

    @Inject
    EventPublisher publisher;

    /** A moderator's decision (or an appeal) on a message: may remove a delivered one or restore a blocked one. */
    public void overruled(ChatMessage message, Verdict verdict, String statementUrl) {
        publisher.toQueue(Destinations.MESSAGING_VERDICTS,
                new MessageModerated(Events.newId(), Instant.now(), message, verdict, statementUrl, true, null),
                message.channel().orderingKey(message.sender().sessionId()));
    }

    /**
     * The automatic verdict on a message that waits for it: its outcome goes straight to the gateways (one hop less
     * between a sender and the room), and the verdict to messaging-service, which records it and keeps the history.
     * Both ids derive from the message, so a redelivered request announces the same events again, which the gateways
     * drop; {@code announce} false: the outcome went out before (see {@link MessageModeration}).
     */
    public void moderated(ChatMessage message, Verdict verdict, String statementUrl, boolean announce) {
        var orderingKey = message.channel().orderingKey(message.sender().sessionId());
        var verdictEvent = Outcomes.automaticVerdictId(message.id());
        if (announce) {
            publisher.toTopic(Destinations.GATEWAY_EVENTS, Outcomes.of(message, verdict, statementUrl, verdictEvent),
                    orderingKey);
        }
        publisher.toQueue(Destinations.MESSAGING_VERDICTS,
                new MessageModerated(verdictEvent, Instant.now(), message, verdict, statementUrl, null, true),
                orderingKey);
    }
}
