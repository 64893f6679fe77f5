package org.causette.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Audience;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.MemberJoined;
import org.causette.contracts.MemberLeft;
import org.causette.kit.events.EventPublisher;
import org.causette.rooms.entity.Member;

import java.time.Instant;

@ApplicationScoped
public class PresencePublisher {

    @Inject
    EventPublisher publisher;

    public void joined(String roomId, Audience audience, Member member) {
        publisher.toTopic(Destinations.GATEWAY_EVENTS, new MemberJoined(Events.newId(), Instant.now(), roomId, audience,
                member.sessionId(), member.nickname()), roomId);
    }

    public void left(String roomId, Audience audience, Member member) {
        publisher.toTopic(Destinations.GATEWAY_EVENTS, new MemberLeft(Events.newId(), Instant.now(), roomId, audience,
                member.sessionId(), member.nickname()), roomId);
    }
}
