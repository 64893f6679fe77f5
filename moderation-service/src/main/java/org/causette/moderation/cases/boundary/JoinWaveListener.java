package org.causette.moderation.cases.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.causette.contracts.JoinWaveDetected;
import org.causette.kit.events.EventListenerSupport;
import org.causette.moderation.cases.control.Casework;

/** Platform facts moderation acts on: a join wave into a room opens an automatic case on it (idempotent). */
@MessageDriven
public class JoinWaveListener implements MessageListener {

    @Inject
    EventListenerSupport support;

    @Inject
    Casework casework;

    @Override
    public void onMessage(Message message) {
        support.handle(message, event -> {
            if (event instanceof JoinWaveDetected wave) {
                casework.openJoinWave(wave);
            }
        });
    }
}
