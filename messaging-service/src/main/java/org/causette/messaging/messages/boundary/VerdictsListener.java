package org.causette.messaging.messages.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.causette.contracts.MessageModerated;
import org.causette.kit.events.EventListenerSupport;
import org.causette.messaging.messages.control.VerdictRecorder;

/**
 * Verdicts from moderation. No XA transaction: the outcome is published (durably) before the verdict is acknowledged
 * in the activation's local transaction, and a failure (MongoDB down) rolls the acknowledgement back so the broker
 * redelivers. A crash between the two redelivers a verdict whose outcome went out: {@link VerdictRecorder} is
 * idempotent and outcome event ids are derived, so the gateways drop the repeat.
 */
@MessageDriven
@TransactionManagement(TransactionManagementType.BEAN)
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
