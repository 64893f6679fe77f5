package org.causette.moderation.cases.entity;

import jakarta.json.bind.annotation.JsonbNillable;

/** {@code statement} is the public URL of the statement of reasons, null when the decision restricts nobody. */
@JsonbNillable
public record DecisionReceipt(String id, String statement) {
}
