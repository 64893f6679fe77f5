package org.causette.moderation.engine.risk;

import java.util.Set;

/** The conversation's risk after a message: its score and the signals seen in it so far (not yet decayed away). */
public record RiskAssessment(double score, Set<RiskSignal> signals) {

    public static final RiskAssessment NONE = new RiskAssessment(0, Set.of());
}
