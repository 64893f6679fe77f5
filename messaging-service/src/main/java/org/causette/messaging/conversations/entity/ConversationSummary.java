package org.causette.messaging.conversations.entity;

import org.causette.messaging.history.entity.Author;

import java.time.Instant;

/** A conversation seen by one of its participants. */
public record ConversationSummary(String id, Author peer, ConversationStatus status, Instant openedAt) {

    public static ConversationSummary of(Conversation c, String viewerSessionId) {
        var other = c.otherThan(viewerSessionId).orElseThrow();
        return new ConversationSummary(c.id(), new Author(other.sessionId(), other.nickname()), c.status(), c.openedAt());
    }
}
