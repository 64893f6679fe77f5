package org.causette.moderation.engine.contacts;

import org.causette.moderation.engine.rules.Finding;
import org.causette.moderation.engine.rules.Rule;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact detector made of one regular expression run on the {@link ContactText}. The expressions use bounded,
 * possessive quantifiers so that a long message cannot make them backtrack for long.
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

    void detect(ContactText text, List<Finding> out) {
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            if (m.end() > m.start() && accept.test(m)) {
                out.add(new Finding(rule, text.originalStart(m.start()), text.originalEnd(m.end())));
            }
        }
    }
}
