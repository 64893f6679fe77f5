package org.causette.moderation.verdicts.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.causette.contracts.MessageSubmitted;
import org.causette.kit.events.EventListenerSupport;
import org.causette.kit.events.PoisonMessage;
import org.causette.moderation.identification.control.IdentificationStore;
import org.causette.moderation.verdicts.control.MessageModeration;

/**
 * Messages waiting for a verdict (and their identification data); the verdict goes back to messaging-service. No XA
 * transaction: the verdict is published before the request is acknowledged (the activation's local transaction), and
 * every step is idempotent, so a redelivery after a crash in between only repeats the verdict, which messaging-service
 * ignores.
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
        support.handle(message, event -> {
            if (event instanceof MessageSubmitted submitted) {
                if (submitted.message() != null && submitted.message().id() != null
                        && submitted.message().sender() != null && submitted.message().channel() != null) {
                    identification.content(submitted.message());   // LCEN: who wrote which content, when
                }
                moderation.moderate(submitted.message());
            } else {
                throw new PoisonMessage(event.eventType() + " does not belong on the moderation requests queue");
            }
        });
    }
}
