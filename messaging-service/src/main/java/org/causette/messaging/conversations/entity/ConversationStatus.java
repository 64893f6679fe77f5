package org.causette.messaging.conversations.entity;

import java.util.Optional;

/** pending (asked), accepted (messages flow), declined (refused while pending), closed (ended once accepted). */
public enum ConversationStatus {
    pending, accepted, declined, closed;

    /** Still counts as the conversation between the two: asking again returns it. */
    public boolean live() {
        return this == pending || this == accepted;
    }

    /** What leaving does: decline a request, close an accepted conversation; empty when already over. */
    public Optional<ConversationStatus> afterLeaving() {
        return switch (this) {
            case pending -> Optional.of(declined);
            case accepted -> Optional.of(closed);
            case declined, closed -> Optional.empty();
        };
    }
}
