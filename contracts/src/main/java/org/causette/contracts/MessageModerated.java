package org.causette.contracts;

import java.time.Instant;

/**
 * A verdict for a message; carries the whole message so the receiver can rebuild what it lost. {@code overrule}: a
 * moderator's decision (or an appeal) that may change a message already delivered or blocked: remove it from
 * history, or restore it; null or false for the automatic verdict, which only moves a pending or held message.
 * {@code announced}: moderation already told the gateways the outcome ({@link Outcomes#of}), so the receiver records
 * it without announcing it again.
 */
public record MessageModerated(String eventId, Instant occurredAt, ChatMessage message, Verdict verdict, String statement,
                               Boolean overrule, Boolean announced) implements Event {

    public boolean overrules() {
        return Boolean.TRUE.equals(overrule);
    }

    public boolean wasAnnounced() {
        return Boolean.TRUE.equals(announced);
    }
}
