package org.causette.moderation.cases.entity;

import java.time.Instant;

/**
 * One report ({@code source} report, or trusted-flagger for a trusted flagger's), or one automatic flag ({@code source}
 * automatic, no reporter), joined to a case.
 */
public record CaseReport(String id, String source, String category, String comment, String reporterSessionId,
                         Instant at) {
}
