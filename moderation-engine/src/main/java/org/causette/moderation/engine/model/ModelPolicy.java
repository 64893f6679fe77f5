package org.causette.moderation.engine.model;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Category;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationSettings;

/**
 * Turns model scores into a hit for the context. The abuse probability decides the action (per-context thresholds);
 * the hate probability only names the category. On allowlisted messages (counter-speech, reporting, reclaimed
 * terms) the model never acts alone: it reports at most, since quoting hate to oppose it uses the same words.
 */
public final class ModelPolicy {

    private final ModerationSettings settings;

    public ModelPolicy(ModerationSettings settings) {
        this.settings = settings;
    }

    /** @return null when the model has nothing to report */
    public ModelHit judge(ModelScores scores, Context context, boolean allowlisted) {
        ModelThresholds t = settings.modelThresholds(context);
        if (!t.flags(scores.abuse())) {
            return null;
        }
        boolean hate = scores.hate() >= settings.modelHateCategory();
        Action action = allowlisted ? Action.ALLOW : t.actionFor(scores.abuse());
        return new ModelHit(hate ? "model.hate" : "model.abuse", hate ? Category.HATE : Category.HARASSMENT, scores.abuse(), action);
    }
}
