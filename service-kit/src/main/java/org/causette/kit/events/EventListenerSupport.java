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
    MessageTracing tracing;

    /** One line per handled event (type, id, address: never content), e.g. to follow a trace id across services. */
    @Inject
    @ConfigProperty(name = "causette.events.log-handled", defaultValue = "false")
    boolean logHandled;

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
        var address = addressOf(message);
        PipelineTrace.begin(PipelineTrace.of(message));
        PipelineTrace.stamp(EventPublisher.hopName(address) + ".in");
        try (var traced = tracing.receiving(address, message)) {
            new InPlaceRetry(Duration.ofSeconds(retrySeconds)).run(() -> handler.accept(event));
            if (logHandled) {
                LOG.log(System.Logger.Level.INFO, "{0} {1} handled from {2}", event.eventType(), event.eventId(), address);
            }
        } catch (PoisonMessage e) {
            park(message, e.getMessage());
        } finally {
            PipelineTrace.end();
        }
    }

    private static String addressOf(Message message) {
        try {
            return EventPublisher.addressOf(message.getJMSDestination());
        } catch (JMSException e) {
            return "unknown";
        }
    }

    private void park(Message message, String reason) {
        LOG.log(System.Logger.Level.WARNING, "poison message parked on dead letters: {0}", reason);
        publisher.toDeadLetters(message, reason);
    }
}
