package org.causette.kit.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import org.causette.contracts.Destinations;
import org.causette.contracts.Event;

import java.util.function.Function;

/**
 * Sends events as persistent JSON text messages. Inside a container transaction (an MDB) the send joins it, so a
 * consumed message and what it caused commit together.
 */
@ApplicationScoped
public class EventPublisher {

    @Resource(lookup = "jms/causette")
    ConnectionFactory factory;

    @Inject
    EventCodec codec;

    @Inject
    MessageTracing tracing;

    /** Opens (and returns to the pool) one broker connection. */
    void connect() {
        try (var context = factory.createContext()) {
            context.createProducer();
        }
    }

    public void toQueue(String queue, Event event, String orderingKey) {
        send(c -> c.createQueue(queue), event, orderingKey);
    }

    public void toTopic(String topic, Event event, String orderingKey) {
        send(c -> c.createTopic(topic), event, orderingKey);
    }

    /** Parks an unreadable message on the dead-letter queue with the reason, so it is neither lost nor retried. */
    public void toDeadLetters(Message original, String reason) {
        try (var context = factory.createContext()) {
            var copy = context.createTextMessage(original instanceof jakarta.jms.TextMessage t ? t.getText() : null);
            copy.setStringProperty("reason", reason);
            copy.setStringProperty("originalDestination", String.valueOf(original.getJMSDestination()));
            copy.setStringProperty(Destinations.EVENT_TYPE_PROPERTY,
                    original.getStringProperty(Destinations.EVENT_TYPE_PROPERTY));
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(context.createQueue(Destinations.DEAD_LETTERS), copy);
        } catch (jakarta.jms.JMSException e) {
            throw new jakarta.jms.JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    private void send(Function<JMSContext, Destination> destination, Event event, String orderingKey) {
        try (var context = factory.createContext()) {
            var message = context.createTextMessage(codec.toJson(event));
            message.setStringProperty(Destinations.EVENT_TYPE_PROPERTY, event.eventType());
            if (orderingKey != null) {
                message.setStringProperty("JMSXGroupID", orderingKey);
            }
            var target = destination.apply(context);
            var address = addressOf(target);
            PipelineTrace.stamp(hopName(address) + ".out");
            var trace = PipelineTrace.current();
            if (trace != null) {
                message.setStringProperty(PipelineTrace.PROPERTY, trace);
            }
            try (var traced = tracing.sending(address, message)) {
                context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(target, message);
            }
        } catch (jakarta.jms.JMSException e) {
            throw new jakarta.jms.JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    static String addressOf(Destination destination) throws jakarta.jms.JMSException {
        return destination instanceof jakarta.jms.Queue q ? q.getQueueName()
                : destination instanceof jakarta.jms.Topic t ? t.getTopicName() : "unknown";
    }

    static String hopName(String address) {
        return address.startsWith("causette.") ? address.substring("causette.".length()) : address;
    }
}
