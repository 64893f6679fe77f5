package org.causette.contracts;

import java.time.Instant;

/** Staff placed a legal hold: what it covers is exempt from retention until it is released. */
public record LegalHoldPlaced(String eventId, Instant occurredAt, String holdId, HoldTarget target) implements Event {
}
