package org.causette.contracts;

import java.time.Instant;

/**
 * The owner of a private room invited a session into it: the invitee's gateway tells its stream. The audience is
 * the room's (and so the invitee's) bracket; gateways deliver only to a stream of that bracket.
 */
public record SessionInvited(String eventId, Instant occurredAt, String roomId, String roomName, String roomTopic,
                             Audience audience, Sender from, String inviteeSessionId) implements Event {
}
