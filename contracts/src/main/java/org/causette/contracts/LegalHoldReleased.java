package org.causette.contracts;

import java.time.Instant;

/** An administrator released a legal hold: retention applies again to what only it preserved. */
public record LegalHoldReleased(String eventId, Instant occurredAt, String holdId) implements Event {
}
