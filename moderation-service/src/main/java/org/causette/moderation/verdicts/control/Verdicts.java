package org.causette.moderation.verdicts.control;

import org.causette.contracts.Verdict;

import java.util.List;
import java.util.Locale;

/** Engine verdicts in the contracts' terms. */
public final class Verdicts {
    private Verdicts() {
    }

    public static Verdict.Action action(org.causette.moderation.engine.Action action) {
        return Verdict.Action.valueOf(action.name().toLowerCase(Locale.ROOT));
    }

    /** {@code deliveredText} is the masked text for a mask, the original otherwise (the engine returns exactly that). */
    public static Verdict of(org.causette.moderation.engine.Verdict v, String original) {
        return new Verdict(action(v.action()), v.categories(), v.ruleIds(), v.reason(),
                v.maskedText() == null ? original : v.maskedText(), v.score());
    }

    /** When the engine itself fails, the message waits for a human rather than going out unchecked. */
    public static Verdict heldForReview(String original) {
        return new Verdict(Verdict.Action.hold, List.of(), List.of("engine-unavailable"),
                "Ton message sera vérifié par un modérateur avant d'être publié.", original, 0);
    }
}
