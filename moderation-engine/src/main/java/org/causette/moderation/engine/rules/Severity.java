package org.causette.moderation.engine.rules;

/** How serious a finding is; LOW is only acted on in nicknames and room names. */
public enum Severity {
    LOW(0.3), MEDIUM(0.55), HIGH(0.8), SEVERE(0.95);

    private final double score;

    Severity(double score) {
        this.score = score;
    }

    public double score() {
        return score;
    }
}
