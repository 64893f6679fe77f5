package org.causette.moderation.appeals.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;
import java.util.List;

/**
 * An appeal as moderators see it: the complaint, the decision it contests (its statement, action, case, who took it
 * and when; {@code decidedBy} null for an automated decision) and, once decided, the review.
 *
 * @param status pending, upheld or reversed
 */
@JsonbNillable
public record Appeal(String id, String statementId, String status, String complaint, Instant filedAt,
                     String sessionId, String decision, String caseId, String decidedBy, Instant decidedAt,
                     Review review) {

    /** {@code liftedSanctions}: the sanctions a reversal ended. */
    @JsonbNillable
    public record Review(String outcome, String reason, String reviewedBy, Instant reviewedAt,
                         List<String> liftedSanctions) {
    }

    public boolean pending() {
        return review == null;
    }
}
