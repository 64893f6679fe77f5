package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.normalize.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds the risk signals (asking age, photos, meeting, secrecy...) declared by RISK sections of the lexicons. */
public final class SignalScanner {

    private final PhraseMatcher matcher;
    private final TolerantReader tolerant;

    public SignalScanner(RuleBook book) {
        this.matcher = new PhraseMatcher(book.patterns(RuleKind.RISK));
        this.tolerant = book.tolerantReader();
    }

    public Set<String> scan(NormalizedText text) {
        Set<String> signals = new HashSet<>();
        scan(text.words(), text, signals);
        if (text.hasCollapsedView()) {
            scan(text.collapsed(), text, signals);
        }
        return signals;
    }

    private void scan(List<Token> view, NormalizedText text, Set<String> signals) {
        matcher.findAll(TokenForms.of(view)).forEach(m -> signals.add(m.rule().signal()));
        List<Token> read = tolerant.read(view, text.folded());
        if (read != view) {
            matcher.findAll(TokenForms.of(read)).forEach(m -> signals.add(m.rule().signal()));
        }
    }
}
