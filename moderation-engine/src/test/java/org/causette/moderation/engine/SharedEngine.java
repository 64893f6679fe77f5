package org.causette.moderation.engine;

/** One engine for all tests: building it loads every lexicon. */
public final class SharedEngine {

    public static final ModerationEngine ENGINE = ModerationEngine.withDefaults();

    private SharedEngine() {
    }

    /** The verdict on a message alone (no sender, no conversation). */
    public static Verdict verdict(String text, Context context) {
        return ENGINE.evaluate(Submission.of(text, context));
    }
}
