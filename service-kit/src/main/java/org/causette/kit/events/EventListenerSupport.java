package org.causette.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import org.causette.contracts.Event;

import java.util.function.Consumer;

/**
 * What every message-driven bean does around its handler: decode, park poison messages on the dead-letter queue
 * with the reason, and let transient failures escape so that the broker redelivers.
 */
@ApplicationScoped
public class EventListenerSupport {
    private static final System.Logger LOG = System.getLogger(EventListenerSupport.class.getName());

    @Inject
    EventCodec codec;

    @Inject
    EventPublisher publisher;

    public void handle(Message message, Consumer<Event> handler) {
        Event event;
        try {
            event = codec.read(message);
        } catch (PoisonMessage | JMSException e) {
            park(message, e.getMessage());
            return;
        }
        try {
            handler.accept(event);
        } catch (PoisonMessage e) {
            park(message, e.getMessage());
        }
    }

    private void park(Message message, String reason) {
        LOG.log(System.Logger.Level.WARNING, "poison message parked on dead letters: {0}", reason);
        publisher.toDeadLetters(message, reason);
    }
}
