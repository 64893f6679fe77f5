package org.causette.moderation.holds.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import org.causette.contracts.HoldTarget;

import java.time.Instant;

/** A legal hold: {@code status} active or released; {@code heldRecords} identification records it held when placed. */
@JsonbNillable
public record LegalHold(String id, String status, HoldTarget target, String reason, String reference,
                        String placedBy, Instant placedAt, String releasedBy, Instant releasedAt, long heldRecords) {

    public boolean active() {
        return "active".equals(status);
    }
}
