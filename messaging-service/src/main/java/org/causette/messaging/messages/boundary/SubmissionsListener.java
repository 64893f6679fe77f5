package org.causette.messaging.messages.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.causette.contracts.MessageSubmitted;
import org.causette.kit.events.EventListenerSupport;
import org.causette.kit.events.PoisonMessage;
import org.causette.messaging.messages.control.Submissions;

/**
 * Room messages the gateways accepted: already durable on the broker, acknowledged here (local transaction) once
 * stored and handed to moderation; a failure (MongoDB down) rolls the acknowledgement back and the broker
 * redelivers, ahead of the sender's later messages.
 */
@MessageDriven
@TransactionManagement(TransactionManagementType.BEAN)
public class SubmissionsListener implements MessageListener {

    @Inject
    EventListenerSupport support;

    @Inject
    Submissions submissions;

    @Override
    public void onMessage(Message message) {
        support.handle(message, event -> {
            if (!(event instanceof MessageSubmitted submitted) || submitted.message() == null) {
                throw new PoisonMessage(event.eventType() + " does not belong on the submissions queue");
            }
            submissions.accept(submitted.message());
        });
    }
}
