package org.causette.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.RoomSlowModeChanged;
import org.causette.kit.events.EventPublisher;

import java.time.Instant;

/** Gateways remember which rooms have no slow mode (to spare a send permit per message): tells them of a change. */
@ApplicationScoped
public class SlowModePublisher {

    @Inject
    EventPublisher publisher;

    public void changed(String roomId, int seconds) {
        publisher.toTopic(Destinations.GATEWAY_EVENTS,
                new RoomSlowModeChanged(Events.newId(), Instant.now(), roomId, seconds), roomId);
    }
}
