package org.causette.contracts;

import java.time.Instant;

/**
 * Many sessions joined one room in a short time (a raid, or a link shared outside): rooms-service slowed the room
 * down until {@code until}; moderation-service opens an automatic case on the room.
 */
public record JoinWaveDetected(String eventId, Instant occurredAt, String roomId, Audience audience, int joins,
                               int windowSeconds, int slowModeSeconds, Instant until) implements Event {
}
