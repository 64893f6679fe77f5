package org.causette.contracts;

import java.time.Instant;

/**
 * A message taken away from its room or conversation: deleted by its author ({@code by} = {@code author}) or removed
 * by a moderator ({@code moderation}). Every member present is told, the author included.
 */
public record MessageRemoved(String eventId, Instant occurredAt, ChatMessage message, String by) implements Event {
    public static final String BY_AUTHOR = "author";
    public static final String BY_MODERATION = "moderation";
}
