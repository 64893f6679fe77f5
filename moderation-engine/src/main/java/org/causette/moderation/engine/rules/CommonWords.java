package org.causette.moderation.engine.rules;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The guard list {@code common-words.txt}: real English and French words that tolerant matching must read as
 * themselves, never as the rule word one letter away ("omen" is not "women"). How it is made: its header.
 * The file is already in canonical form (a test checks it), so loading it is a plain read.
 */
final class CommonWords {

    private static final class Shipped {
        static final Set<String> WORDS = load(RuleBook.resource("common-words.txt"));
    }

    private CommonWords() {
    }

    static Set<String> shipped() {
        return Shipped.WORDS;
    }

    static Set<String> load(String text) {
        Set<String> words = new HashSet<>(text.length() / 6);
        text.lines().filter(line -> !line.isEmpty() && line.charAt(0) != '#').forEach(words::add);
        return Collections.unmodifiableSet(words);
    }
}
