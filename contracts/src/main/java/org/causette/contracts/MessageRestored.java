package org.causette.contracts;

import java.time.Instant;

/** A removed message given back (an appeal reversed the removal): members are told, history lists it again. */
public record MessageRestored(String eventId, Instant occurredAt, ChatMessage message) implements Event {
}
