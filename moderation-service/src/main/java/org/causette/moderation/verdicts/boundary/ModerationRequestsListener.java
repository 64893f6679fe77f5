package org.causette.moderation.verdicts.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.causette.contracts.MessageSubmitted;
import org.causette.kit.events.EventListenerSupport;
import org.causette.kit.events.PoisonMessage;
import org.causette.moderation.identification.control.IdentificationStore;
import org.causette.moderation.verdicts.control.MessageModeration;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Messages waiting for a verdict (and their identification data); the outcome goes to the gateways and the verdict
 * back to messaging-service. No XA transaction: both are published before the request is acknowledged (the activation's
 * local transaction), and every step is idempotent, so a redelivery after a crash in between only repeats events with
 * the same ids, which the gateways drop and messaging-service ignores.
 */
@MessageDriven
@TransactionManagement(TransactionManagementType.BEAN)
public class ModerationRequestsListener implements MessageListener {

    @Inject
    EventListenerSupport support;

    @Inject
    MessageModeration moderation;

    @Inject
    IdentificationStore identification;

    @Override
    public void onMessage(Message message) {
        var attempted = new AtomicBoolean(redelivered(message));
        support.handle(message, event -> {
            if (event instanceof MessageSubmitted submitted) {
                moderation.moderate(submitted.message(), attempted.getAndSet(true));
                identification.content(submitted.message());   // LCEN: who wrote which content, when
            } else {
                throw new PoisonMessage(event.eventType() + " does not belong on the moderation requests queue");
            }
        });
    }

    private static boolean redelivered(Message message) {
        try {
            return message.getJMSRedelivered();
        } catch (JMSException e) {
            return true;
        }
    }
}
