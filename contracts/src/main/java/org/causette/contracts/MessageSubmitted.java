package org.causette.contracts;

import java.time.Instant;

public record MessageSubmitted(String eventId, Instant occurredAt, ChatMessage message) implements Event {
}
