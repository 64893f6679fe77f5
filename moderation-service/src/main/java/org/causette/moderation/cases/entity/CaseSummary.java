package org.causette.moderation.cases.entity;

import java.time.Instant;

/**
 * A case in the queue; {@code source} is report or automatic; {@code reports} how many reports and flags it has;
 * {@code trustedFlagger}: a trusted flagger (DSA Art. 22) reported it, so it comes first within its priority.
 */
public record CaseSummary(String id, int priority, String category, String status, String source, CaseTarget target,
                          Instant openedAt, int reports, boolean trustedFlagger) {
}
