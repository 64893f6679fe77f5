package org.causette.gateway.stream.boundary;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.causette.gateway.stream.control.StreamDispatcher;
import org.causette.kit.events.EventListenerSupport;

/**
 * This instance's durable subscription to everything that must reach streams. It publishes nothing, so its
 * container transaction has one resource and commits in one phase; it stays container-managed because a restarted
 * gateway missed events in a system test run (`TwoGatewaysIT`) once it used a local transaction (not understood yet).
 */
@MessageDriven
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
