package org.causette.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.causette.contracts.Destinations;
import org.causette.contracts.Event;
import org.causette.contracts.Events;

/** Events as JSON text, typed by the {@code eventType} property. */
@ApplicationScoped
public class EventCodec {
    private final Jsonb jsonb = JsonbBuilder.create();

    public String toJson(Event event) {
        return jsonb.toJson(event);
    }

    /** Builds the JSON mapping of every event type now rather than on its first message. */
    void prepareEveryType() {
        for (var type : Events.types()) {
            try {
                toJson(jsonb.fromJson("{}", type));
            } catch (JsonbException | NullPointerException e) {
                // a type with a primitive component cannot be read from {}: its mapping is built all the same
            }
        }
    }

    /** @throws PoisonMessage when the message can never be understood, however often it is redelivered */
    public Event read(Message message) throws JMSException {
        if (!(message instanceof TextMessage text)) {
            throw new PoisonMessage("not a text message");
        }
        var type = message.getStringProperty(Destinations.EVENT_TYPE_PROPERTY);
        var eventClass = Events.typeNamed(type).orElseThrow(() -> new PoisonMessage("unknown event type " + type));
        try {
            return jsonb.fromJson(text.getText(), eventClass);
        } catch (JsonbException e) {
            throw new PoisonMessage("unreadable " + type + ": " + e.getMessage());
        }
    }
}
