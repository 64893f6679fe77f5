package org.causette.contracts;

import java.time.Instant;

/** {@code blockerSessionId} no longer wants to hear from {@code blockedSessionId}; {@code active} false means unblocked. */
public record SessionBlocked(String eventId, Instant occurredAt, String blockerSessionId, String blockedSessionId,
                             boolean active) implements Event {
}
