package org.causette.contracts;

import java.time.Instant;

public record SessionEnded(String eventId, Instant occurredAt, String sessionId) implements Event {
}
