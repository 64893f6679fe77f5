package org.causette.moderation.sanctions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.SessionSanctioned;
import org.causette.kit.events.EventPublisher;
import org.causette.moderation.sanctions.entity.Sanction;

import java.time.Instant;

/** Gateways enforce a sanction and tell the session; the other services keep their view (rooms drop a kicked member). */
@ApplicationScoped
public class SanctionPublisher {

    @Inject
    EventPublisher publisher;

    public void sanctioned(Sanction s, String statementUrl) {
        var event = new SessionSanctioned(Events.newId(), Instant.now(), s.sanctionId(), s.sessionId(), s.deviceHash(),
                s.action(), s.until(), s.reason(), statementUrl);
        publisher.toTopic(Destinations.GATEWAY_EVENTS, event, s.sessionId());
        publisher.toTopic(Destinations.PLATFORM_EVENTS, event, s.sessionId());
    }

    /**
     * An appeal reversed the sanction. The contracts have no event for this yet, so it travels as a
     * {@code SessionSanctioned} with action {@code lift} and {@code until} = now (an action a gateway does not know
     * restricts nothing).
     */
    public void lifted(Sanction s, Instant at, String reason, String statementUrl) {
        var event = new SessionSanctioned(Events.newId(), Instant.now(), s.sanctionId(), s.sessionId(), s.deviceHash(),
                "lift", at, reason, statementUrl);
        publisher.toTopic(Destinations.GATEWAY_EVENTS, event, s.sessionId());
        publisher.toTopic(Destinations.PLATFORM_EVENTS, event, s.sessionId());
    }
}
