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
    private final Predicate<String> worthTrying;
    private final Pattern pattern;
    private final Predicate<Matcher> accept;

    /**
     * @param worthTrying a cheap test the text must pass for the expression to be tried at all (a '@', a digit...)
     * @param accept      a last check of a match (a handle that is an ordinary word, a mail name that is a verb)
     */
    RegexContactDetector(Rule rule, Predicate<String> worthTrying, String regex, Predicate<Matcher> accept) {
        this.rule = rule;
        this.worthTrying = worthTrying;
        this.pattern = Pattern.compile(regex);
        this.accept = accept;
    }

    RegexContactDetector(Rule rule, Predicate<String> worthTrying, String regex) {
        this(rule, worthTrying, regex, m -> true);
    }

    /** A test that passes when the text holds one of {@code needles}. */
    static Predicate<String> containsAny(String... needles) {
        return text -> {
            for (String needle : needles) {
                if (text.contains(needle)) {
                    return true;
                }
            }
            return false;
        };
    }

    void detect(ContactText text, List<Finding> out) {
        if (!worthTrying.test(text.text())) {
            return;
        }
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            if (m.end() > m.start() && accept.test(m)) {
                out.add(new Finding(rule, text.originalStart(m.start()), text.originalEnd(m.end())));
            }
        }
    }
}
