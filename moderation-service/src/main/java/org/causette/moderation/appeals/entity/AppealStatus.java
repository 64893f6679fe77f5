package org.causette.moderation.appeals.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;

/** What the person who appealed sees: no moderator names. */
@JsonbNillable
public record AppealStatus(String id, String statementId, String status, Instant filedAt, String outcome,
                           String reason, Instant reviewedAt) {

    public static AppealStatus of(Appeal a) {
        var r = a.review();
        return new AppealStatus(a.id(), a.statementId(), a.status(), a.filedAt(), r == null ? null : r.outcome(),
                r == null ? null : r.reason(), r == null ? null : r.reviewedAt());
    }
}
