package org.causette.moderation.verdicts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.MessageModerated;
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
                new MessageModerated(Events.newId(), Instant.now(), message, verdict, statementUrl, true),
                message.channel().orderingKey(message.sender().sessionId()));
    }

    public void moderated(ChatMessage message, Verdict verdict, String statementUrl) {
        publisher.toQueue(Destinations.MESSAGING_VERDICTS,
                new MessageModerated(Events.newId(), Instant.now(), message, verdict, statementUrl, null),
                message.channel().orderingKey(message.sender().sessionId()));
    }
}
