package org.causette.contracts;

import java.time.Instant;

/**
 * A participant ({@code from}) answered or left a conversation; {@code to} is the other participant, who is told.
 * {@code status} is {@code accepted}, {@code declined} or {@code closed}.
 */
public record ConversationAnswered(String eventId, Instant occurredAt, String conversationId, Sender from, Sender to,
                                   String status) implements Event {
}
