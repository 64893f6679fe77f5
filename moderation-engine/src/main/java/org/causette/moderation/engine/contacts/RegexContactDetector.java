package org.causette.moderation.engine.contacts;

import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.rules.Finding;
import org.causette.moderation.engine.rules.Rule;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact detector made of one regular expression run on the folded text. The expressions use bounded,
 * possessive quantifiers so that a 1000-character message cannot make them backtrack for long.
 */
final class RegexContactDetector {

    private final Rule rule;
    private final Pattern pattern;
    private final Predicate<Matcher> accept;

    RegexContactDetector(Rule rule, String regex, Predicate<Matcher> accept) {
        this.rule = rule;
        this.pattern = Pattern.compile(regex);
        this.accept = accept;
    }

    RegexContactDetector(Rule rule, String regex) {
        this(rule, regex, m -> true);
    }

    void detect(NormalizedText text, List<Finding> out) {
        Matcher m = pattern.matcher(text.folded().text());
        while (m.find()) {
            if (m.end() > m.start() && accept.test(m)) {
                out.add(new Finding(rule, text.folded().toOriginalStart(m.start()), text.folded().toOriginalEnd(m.end())));
            }
        }
    }
}
