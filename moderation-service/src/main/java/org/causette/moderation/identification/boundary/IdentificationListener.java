package org.causette.moderation.identification.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.causette.contracts.ConnectionObserved;
import org.causette.kit.events.EventListenerSupport;
import org.causette.kit.events.PoisonMessage;
import org.causette.moderation.identification.control.IdentificationStore;

/** Connections seen by the gateways (LCEN identification data); idempotent by event id. */
@MessageDriven
public class IdentificationListener implements MessageListener {

    @Inject
    EventListenerSupport support;

    @Inject
    IdentificationStore store;

    @Override
    public void onMessage(Message message) {
        support.handle(message, event -> {
            if (event instanceof ConnectionObserved observed) {
                if (observed.sessionId() == null || observed.eventId() == null || observed.occurredAt() == null) {
                    throw new PoisonMessage("incomplete ConnectionObserved " + observed.eventId());
                }
                store.connection(observed);
            } else {
                throw new PoisonMessage(event.eventType() + " does not belong on the identification queue");
            }
        });
    }
}
