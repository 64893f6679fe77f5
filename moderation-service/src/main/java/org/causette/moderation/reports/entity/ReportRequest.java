package org.causette.moderation.reports.entity;

/**
 * A user's report: exactly one of {@code messageId}, {@code sessionId}, {@code roomId} names the target;
 * {@code comment} is optional, at most 1000 characters.
 */
public record ReportRequest(String messageId, String sessionId, String roomId, String category, String comment) {
}
