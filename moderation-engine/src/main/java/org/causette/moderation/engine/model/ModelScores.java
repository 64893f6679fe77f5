package org.causette.moderation.engine.model;

/** The model's probabilities for one message: abusive (insult, harassment, offensive) and hateful (protected group). */
public record ModelScores(double abuse, double hate) {

    public static final ModelScores NONE = new ModelScores(0, 0);
}
