package org.causette.moderation.audit.entity;

import jakarta.json.bind.annotation.JsonbNillable;

/** The result of checking the audit chain; {@code firstBrokenSeq} is null when it is intact. */
@JsonbNillable
public record ChainCheck(boolean valid, long entries, Long firstBrokenSeq) {
}
