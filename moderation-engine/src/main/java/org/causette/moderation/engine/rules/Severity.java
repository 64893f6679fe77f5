package org.causette.moderation.engine.rules;

/** How serious a finding is; LOW is only acted on in nicknames and room names. Scores: {@code policy.VerdictWeights}. */
public enum Severity {
    LOW, MEDIUM, HIGH, SEVERE
}
