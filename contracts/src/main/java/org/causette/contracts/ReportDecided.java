package org.causette.contracts;

import java.time.Instant;

/**
 * The case a report joined was decided (DSA Art. 16(5)): the reporter is told the outcome on its stream.
 * {@code outcome} is action-taken or no-action; {@code statement} the statement of reasons, or null.
 */
public record ReportDecided(String eventId, Instant occurredAt, String reportId, String reporterSessionId,
                            String caseId, String outcome, String statement) implements Event {
}
