package org.causette.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import org.causette.contracts.Event;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * What every message-driven bean does around its handler: decode, park poison messages on the dead-letter queue
 * with the reason, retry transient failures in place for a few seconds, then let them escape so that the broker
 * redelivers (at once: see the broker's address settings).
 */
@ApplicationScoped
public class EventListenerSupport {
    private static final System.Logger LOG = System.getLogger(EventListenerSupport.class.getName());

    @Inject
    EventCodec codec;

    @Inject
    EventPublisher publisher;

    @Inject
    @ConfigProperty(name = "causette.events.retry-in-place-seconds", defaultValue = "10")
    int retrySeconds;

    public void handle(Message message, Consumer<Event> handler) {
        Event event;
        try {
            event = codec.read(message);
        } catch (PoisonMessage | JMSException e) {
            park(message, e.getMessage());
            return;
        }
        PipelineTrace.begin(PipelineTrace.of(message));
        PipelineTrace.stamp(hopName(message) + ".in");
        try {
            new InPlaceRetry(Duration.ofSeconds(retrySeconds)).run(() -> handler.accept(event));
        } catch (PoisonMessage e) {
            park(message, e.getMessage());
        } finally {
            PipelineTrace.end();
        }
    }

    private static String hopName(Message message) {
        try {
            var destination = message.getJMSDestination();
            var name = destination instanceof jakarta.jms.Queue q ? q.getQueueName()
                    : destination instanceof jakarta.jms.Topic t ? t.getTopicName() : "unknown";
            return EventPublisher.hopName(name);
        } catch (JMSException e) {
            return "unknown";
        }
    }

    private void park(Message message, String reason) {
        LOG.log(System.Logger.Level.WARNING, "poison message parked on dead letters: {0}", reason);
        publisher.toDeadLetters(message, reason);
    }
}
