package org.causette.gateway.stream.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.causette.gateway.stream.control.StreamDispatcher;
import org.causette.kit.events.EventListenerSupport;

/**
 * This instance's durable subscription to everything that must reach streams. Not in an XA transaction: the
 * handler writes nothing durable, and a gateway killed in the middle of a two-phase commit would otherwise leave an
 * in-doubt delivery that holds back its sender's message group until transaction recovery, a minute later.
 */
@MessageDriven
@TransactionManagement(TransactionManagementType.BEAN)
public class GatewayEventsListener implements MessageListener {

    @Inject
    EventListenerSupport support;

    @Inject
    StreamDispatcher dispatcher;

    @Override
    public void onMessage(Message message) {
        support.handle(message, dispatcher::dispatch);
    }
}
