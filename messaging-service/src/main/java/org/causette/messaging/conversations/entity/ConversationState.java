package org.causette.messaging.conversations.entity;

/** The answer to opening or accepting: {@code {"id","status"}}. */
public record ConversationState(String id, ConversationStatus status) {
    public static ConversationState of(Conversation c) {
        return new ConversationState(c.id(), c.status());
    }
}
