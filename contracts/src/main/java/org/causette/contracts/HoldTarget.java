package org.causette.contracts;

import java.time.Instant;

/**
 * What a legal hold preserves: one message, or what a session wrote, or a conversation, or a room, between
 * {@code from} and {@code to} (either open-ended when null). Exactly one of the four ids is set.
 */
public record HoldTarget(String messageId, String sessionId, String conversationId, String roomId, Instant from,
                         Instant to) {

    /** Whether a message with these coordinates falls under the hold. */
    public boolean covers(String id, String senderSessionId, Channel.Kind kind, String channelId, Instant sentAt) {
        if (sentAt != null && (from != null && sentAt.isBefore(from) || to != null && sentAt.isAfter(to))) {
            return false;
        }
        if (messageId != null) {
            return messageId.equals(id);
        }
        if (sessionId != null) {
            return sessionId.equals(senderSessionId);
        }
        if (conversationId != null) {
            return kind == Channel.Kind.conversation && conversationId.equals(channelId);
        }
        return roomId != null && kind == Channel.Kind.room && roomId.equals(channelId);
    }
}
