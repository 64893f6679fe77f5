package org.causette.moderation.holds.entity;

/**
 * A legal hold as posted: exactly one of {@code messageId}, {@code sessionId}, {@code conversationId}, {@code roomId};
 * {@code from} and {@code to} ISO-8601 instants, optional; {@code reason} (why) and {@code reference} (e.g. the
 * requisition or court order number) are required.
 */
public record LegalHoldRequest(String messageId, String sessionId, String conversationId, String roomId, String from,
                               String to, String reason, String reference) {
}
