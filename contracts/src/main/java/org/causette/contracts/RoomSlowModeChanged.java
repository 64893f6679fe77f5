package org.causette.contracts;

import java.time.Instant;

/** A room's slow mode changed (its owner, or a join wave): gateways stop trusting what they remembered of it. */
public record RoomSlowModeChanged(String eventId, Instant occurredAt, String roomId, int slowModeSeconds)
        implements Event {
}
