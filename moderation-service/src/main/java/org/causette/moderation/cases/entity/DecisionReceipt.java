package org.causette.moderation.cases.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.util.List;

/**
 * {@code statement} is the public URL of the statement of reasons of the first action that restricts someone, null
 * when the decision restricts nobody; {@code actions} lists every action taken with its own statement.
 */
@JsonbNillable
public record DecisionReceipt(String id, String statement, List<TakenAction> actions) {
}
