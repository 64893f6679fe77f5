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
 * This instance's durable subscription to everything that must reach streams. No JTA transaction: the resource
 * adapter acknowledges each event in a local transaction once it is dispatched (redelivered if dispatching throws).
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
