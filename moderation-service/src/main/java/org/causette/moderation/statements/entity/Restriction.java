package org.causette.moderation.statements.entity;

import java.time.Instant;
import java.util.List;

/** What a moderator decided against someone, as a statement of reasons needs it. */
public record Restriction(String statementId, String decision, String reason, String ground, Long durationMinutes,
                          Instant until, List<String> categories, String facts, boolean automatedDetection,
                          String sessionId, String messageId, String caseId) {

    public String scope() {
        return "remove-message".equals(decision) ? "message" : "session";
    }
}
