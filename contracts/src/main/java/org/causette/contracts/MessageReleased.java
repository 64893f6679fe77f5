package org.causette.contracts;

import java.time.Instant;

/** A message cleared for delivery; {@code text} is what members see (masked if the verdict masked it). */
public record MessageReleased(String eventId, Instant occurredAt, ChatMessage message, String text, Verdict verdict,
                              String statement) implements Event {
}
