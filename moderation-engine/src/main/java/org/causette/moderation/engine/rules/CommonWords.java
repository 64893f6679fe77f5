package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.normalize.WordForms;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The guard list {@code common-words.txt}: real English and French words that tolerant matching must read as
 * themselves, never as the rule word one letter away ("omen" is not "women"). How it is made: its header.
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
        Set<String> words = new HashSet<>();
        for (String line : text.split("\n")) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
                words.add(WordForms.squeeze(w.toLowerCase(Locale.ROOT)));
            }
        }
        return Set.copyOf(words);
    }
}
