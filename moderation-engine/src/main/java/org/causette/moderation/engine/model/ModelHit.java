package org.causette.moderation.engine.model;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Category;

/** The model's say on a message: rule id ({@code model.abuse} or {@code model.hate}), category, probability, action. */
public record ModelHit(String ruleId, Category category, double probability, Action action) {
}
