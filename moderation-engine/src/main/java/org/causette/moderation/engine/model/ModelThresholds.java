package org.causette.moderation.engine.model;

import org.causette.moderation.engine.Action;

/**
 * What a model-only hit does in one context, by the abuse probability: from {@code flag} the verdict carries the
 * category, rule id and score but still allows; from {@code hold} a moderator reviews it first; from {@code block}
 * it is refused. A threshold above 1 switches that step off.
 */
public record ModelThresholds(double flag, double hold, double block) {

    public static final ModelThresholds OFF = new ModelThresholds(2, 2, 2);

    public ModelThresholds {
        if (!(flag <= hold && hold <= block)) {
            throw new IllegalArgumentException("model thresholds must rise from flag to hold to block: " + flag + ", " + hold + ", " + block);
        }
    }

    public boolean flags(double probability) {
        return probability >= flag;
    }

    /** ALLOW below {@code hold} (flagged or not), then HOLD, then BLOCK. */
    public Action actionFor(double probability) {
        if (probability >= block) {
            return Action.BLOCK;
        }
        return probability >= hold ? Action.HOLD : Action.ALLOW;
    }
}
