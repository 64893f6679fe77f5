package org.causette.moderation.sanctions.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;

/** What a gateway needs to refuse a muted or banned session; {@code until} null means permanent. */
@JsonbNillable
public record ActiveSanction(String sanctionId, String sessionId, String deviceHash, String action, Instant until) {

    public static ActiveSanction of(Sanction s) {
        return new ActiveSanction(s.sanctionId(), s.sessionId(), s.deviceHash(), s.action(), s.until());
    }
}
