package org.causette.moderation.evidence.entity;

import java.time.Instant;

/** A case flagged under DSA Art. 18; {@code evidence} is where its signed bundle is read. */
public record EmergencyFlag(String caseId, String flaggedBy, Instant flaggedAt, String reason, String evidence) {
}
