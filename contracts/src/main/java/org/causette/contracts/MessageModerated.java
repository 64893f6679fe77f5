package org.causette.contracts;

import java.time.Instant;

/** A verdict for a message; carries the whole message so the receiver can rebuild what it lost. */
public record MessageModerated(String eventId, Instant occurredAt, ChatMessage message, Verdict verdict, String statement)
        implements Event {
}
