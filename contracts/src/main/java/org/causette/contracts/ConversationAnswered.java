package org.causette.contracts;

import java.time.Instant;

/** The peer accepted or declined; {@code status} is {@code accepted} or {@code declined}. */
public record ConversationAnswered(String eventId, Instant occurredAt, String conversationId, Sender from, Sender to,
                                   String status) implements Event {
}
