package org.causette.messaging.holds.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.causette.contracts.LegalHoldPlaced;
import org.causette.contracts.LegalHoldReleased;
import org.causette.kit.events.EventListenerSupport;
import org.causette.kit.events.PoisonMessage;
import org.causette.messaging.holds.control.HoldBook;

/** Legal holds from moderation-service: held messages are exempt from retention. Idempotent. */
@MessageDriven
public class LegalHoldsListener implements MessageListener {

    @Inject
    EventListenerSupport support;

    @Inject
    HoldBook book;

    @Override
    public void onMessage(Message message) {
        support.handle(message, event -> {
            if (event instanceof LegalHoldPlaced placed) {
                if (placed.holdId() == null || placed.target() == null) {
                    throw new PoisonMessage("incomplete LegalHoldPlaced " + placed.eventId());
                }
                book.placed(placed.holdId(), placed.target());
            } else if (event instanceof LegalHoldReleased released) {
                if (released.holdId() == null) {
                    throw new PoisonMessage("incomplete LegalHoldReleased " + released.eventId());
                }
                book.released(released.holdId());
            } else {
                throw new PoisonMessage(event.eventType() + " does not belong on the legal holds queue");
            }
        });
    }
}
