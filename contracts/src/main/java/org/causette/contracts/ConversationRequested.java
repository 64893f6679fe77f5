package org.causette.contracts;

import java.time.Instant;

public record ConversationRequested(String eventId, Instant occurredAt, String conversationId, Sender from,
                                    Sender to) implements Event {
}
