package org.causette.rooms.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.causette.contracts.SessionEnded;
import org.causette.contracts.SessionSanctioned;
import org.causette.kit.events.EventListenerSupport;
import org.causette.rooms.control.Presence;
import org.causette.rooms.control.PrivateRooms;

/**
 * A session that ended, or was kicked or banned, leaves every room it was in; the private rooms of an ended or
 * banned session close once empty.
 */
@MessageDriven
public class SessionEndedListener implements MessageListener {

    @Inject
    EventListenerSupport support;

    @Inject
    Presence presence;

    @Inject
    PrivateRooms privateRooms;

    @Override
    public void onMessage(Message message) {
        support.handle(message, event -> {
            if (event instanceof SessionEnded ended) {
                presence.leaveAll(ended.sessionId());
                privateRooms.ownerEnded(ended.sessionId());
            } else if (event instanceof SessionSanctioned s && ("kick".equals(s.action()) || "ban".equals(s.action()))) {
                presence.leaveAll(s.sessionId());
                if ("ban".equals(s.action())) {
                    privateRooms.ownerEnded(s.sessionId());
                }
            }
        });
    }
}
