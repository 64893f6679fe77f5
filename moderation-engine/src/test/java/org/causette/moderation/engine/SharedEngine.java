package org.causette.moderation.engine;

/** One engine for all tests: building it loads every lexicon. */
public final class SharedEngine {

    public static final ModerationEngine ENGINE = ModerationEngine.withDefaults();

    private SharedEngine() {
    }
}
