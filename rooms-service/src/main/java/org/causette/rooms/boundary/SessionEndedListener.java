package org.causette.rooms.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.causette.contracts.SessionEnded;
import org.causette.contracts.SessionSanctioned;
import org.causette.kit.events.EventListenerSupport;
import org.causette.rooms.control.Presence;

/** A session that ended, or was kicked or banned, leaves every room it was in. */
@MessageDriven
public class SessionEndedListener implements MessageListener {

    @Inject
    EventListenerSupport support;

    @Inject
    Presence presence;

    @Override
    public void onMessage(Message message) {
        support.handle(message, event -> {
            if (event instanceof SessionEnded ended) {
                presence.leaveAll(ended.sessionId());
            } else if (event instanceof SessionSanctioned s && ("kick".equals(s.action()) || "ban".equals(s.action()))) {
                presence.leaveAll(s.sessionId());
            }
        });
    }
}
