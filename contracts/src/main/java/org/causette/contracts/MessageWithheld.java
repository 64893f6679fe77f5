package org.causette.contracts;

import java.time.Instant;

/** A message blocked or held: only its author hears about it. */
public record MessageWithheld(String eventId, Instant occurredAt, ChatMessage message, Verdict verdict, String statement)
        implements Event {
}
