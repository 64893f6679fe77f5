package org.causette.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.Sender;
import org.causette.contracts.SessionInvited;
import org.causette.kit.events.EventPublisher;
import org.causette.rooms.entity.Room;

import java.time.Instant;

@ApplicationScoped
public class InvitationPublisher {

    @Inject
    EventPublisher publisher;

    public void invited(Room room, Sender from, String inviteeSessionId) {
        publisher.toTopic(Destinations.GATEWAY_EVENTS, new SessionInvited(Events.newId(), Instant.now(), room.id(),
                room.name(), room.topic(), room.audience(), from, inviteeSessionId), inviteeSessionId);
    }
}
