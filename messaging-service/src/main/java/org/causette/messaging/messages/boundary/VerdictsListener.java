package org.causette.messaging.messages.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.causette.contracts.MessageModerated;
import org.causette.kit.events.EventListenerSupport;
import org.causette.messaging.messages.control.VerdictRecorder;

/**
 * Verdicts from moderation. Runs in a container transaction: the outcome it publishes commits with the consumed
 * verdict, and a failure (MongoDB down) rolls both back so the broker redelivers.
 */
@MessageDriven
public class VerdictsListener implements MessageListener {
    private static final System.Logger LOG = System.getLogger(VerdictsListener.class.getName());

    @Inject
    EventListenerSupport support;

    @Inject
    VerdictRecorder verdicts;

    @Override
    public void onMessage(Message message) {
        support.handle(message, event -> {
            if (event instanceof MessageModerated moderated) {
                verdicts.record(moderated);
            } else {
                LOG.log(System.Logger.Level.DEBUG, "ignoring {0} {1}", event.eventType(), event.eventId());
            }
        });
    }
}
