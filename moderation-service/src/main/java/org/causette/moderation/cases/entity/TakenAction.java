package org.causette.moderation.cases.entity;

import jakarta.json.bind.annotation.JsonbNillable;

/** One action of a decision, with its statement of reasons (a URL in answers; null when it restricts nobody). */
@JsonbNillable
public record TakenAction(String action, Long durationMinutes, String statement) {
}
