package org.causette.moderation.statements.entity;

import java.time.Instant;

/**
 * Whom a statement of reasons concerns and which decision it explains: what an appeal needs, never published.
 *
 * @param automatedDecision the decision was taken by the moderation engine, not by a moderator
 */
public record StatementOrigin(String statementId, String decision, Instant issuedAt, boolean automatedDecision,
                              String sessionId, String messageId, String caseId) {
}
