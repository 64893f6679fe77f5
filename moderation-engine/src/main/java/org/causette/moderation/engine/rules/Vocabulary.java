package org.causette.moderation.engine.rules;

import java.util.Set;

/**
 * The words tolerant matching knows: the rule words (every exact word and stem of the rule files and word
 * classes) and the common words of the guard list. A known word is always read as itself.
 */
record Vocabulary(Set<String> ruleWords, Set<String> ruleStems, Set<String> commonWords) {

    Vocabulary {
        ruleWords = Set.copyOf(ruleWords);
        ruleStems = Set.copyOf(ruleStems);
    }

    /** Whether {@code word}, or its singular or masculine form ("omens", "grosses"), is a known word. */
    boolean knows(String word) {
        if (isKnownForm(word)) {
            return true;
        }
        String singular = word;
        if (word.length() >= 3 && (word.endsWith("s") || word.endsWith("x"))) {
            singular = word.substring(0, word.length() - 1);
            if (isKnownForm(singular)) {
                return true;
            }
        }
        return singular.length() >= 4 && singular.endsWith("e") && isKnownForm(singular.substring(0, singular.length() - 1));
    }

    /** A rule word or a common word as it stands, or their plural (no stems: "sing" is no word for "singes"). */
    boolean isWord(String word) {
        return ruleWords.contains(word) || commonWords.contains(word) || word.length() >= 3
                && (word.endsWith("s") || word.endsWith("x")) && isWord(word.substring(0, word.length() - 1));
    }

    boolean isRuleWord(String word) {
        return ruleWords.contains(word) || word.length() >= 3 && (word.endsWith("s") || word.endsWith("x"))
                && ruleWords.contains(word.substring(0, word.length() - 1));
    }

    private boolean isKnownForm(String word) {
        return ruleWords.contains(word) || commonWords.contains(word) || startsWithStem(word);
    }

    private boolean startsWithStem(String word) {
        for (int k = PhrasePatternParser.MIN_STEM; k <= word.length(); k++) {
            if (ruleStems.contains(word.substring(0, k))) {
                return true;
            }
        }
        return false;
    }
}
