package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.normalize.NormalizedText;

import java.util.HashSet;
import java.util.Set;

/** Finds the risk signals (asking age, photos, meeting, secrecy...) declared by RISK sections of the lexicons. */
public final class SignalScanner {

    private final PhraseMatcher matcher;

    public SignalScanner(RuleBook book) {
        this.matcher = new PhraseMatcher(book.patterns(RuleKind.RISK));
    }

    public Set<String> scan(NormalizedText text) {
        Set<String> signals = new HashSet<>();
        matcher.findAll(TokenForms.of(text.words())).forEach(m -> signals.add(m.rule().signal()));
        if (text.hasCollapsedView()) {
            matcher.findAll(TokenForms.of(text.collapsed())).forEach(m -> signals.add(m.rule().signal()));
        }
        return signals;
    }
}
