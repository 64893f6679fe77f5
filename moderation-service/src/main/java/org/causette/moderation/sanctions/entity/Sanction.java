package org.causette.moderation.sanctions.entity;

import java.time.Instant;
import java.util.Set;

/**
 * A restriction of a session: warn, mute, kick or ban. {@code until} is the end of a mute or of a temporary ban,
 * null for a permanent ban; a warn or a kick takes effect once and is never "active". {@code liftedAt} is set when
 * an appeal reversed the decision: the sanction ends then.
 */
public record Sanction(String sanctionId, String sessionId, String deviceHash, String action, Instant until,
                       String reason, String ground, String caseId, String decisionId, String statementId,
                       String issuedBy, Instant issuedAt, Instant liftedAt) {

    private static final Set<String> LASTING = Set.of("mute", "ban");

    public boolean activeAt(Instant now) {
        return LASTING.contains(action) && (until == null || until.isAfter(now))
                && (liftedAt == null || liftedAt.isAfter(now));
    }

    public boolean lasting() {
        return LASTING.contains(action);
    }
}
