package org.causette.moderation.engine.rules;

import java.util.Set;

/**
 * Splits a token glued from two words ("deathto", "manywhores") when both halves are known words and one of
 * them a rule word of four letters or more (shorter ones hide in too many names and tags), or a short rule word
 * after a two-letter one. Real compounds ("therapist", "cocktail") are in the guard list and never reach here.
 */
final class GluedWords {

    static final int MIN_LENGTH = 5;
    private static final int MIN_PART = 2;
    /**
     * A single letter only as a first word that is a word by itself: "ihate", "acancer" (spaced letters glued
     * back). French elisions ("jte", "cest") are left to the rules, which write them glued as chat does.
     */
    private static final Set<String> ONE_LETTER_WORDS = Set.of("a", "i", "u", "y");
    private static final int MIN_RULE_PART = 4;
    private static final int MIN_SHORT_RULE_PART = 3;

    private final Vocabulary vocabulary;

    GluedWords(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Where to cut {@code token} (the length of its first word), or 0 when it is not two glued words.
     *
     * @param squeezed whether doubled letters were squeezed out of the token as written ("goodie" is "godie")
     */
    int split(String token, boolean squeezed) {
        if (token.length() < MIN_LENGTH) {
            return 0;
        }
        int best = 0;
        int bestScore = 0;
        for (int cut = 1; cut <= token.length() - MIN_PART; cut++) {
            String first = token.substring(0, cut);
            String second = token.substring(cut);
            boolean firstKnown = cut == 1 ? ONE_LETTER_WORDS.contains(first) : vocabulary.knows(first);
            if (!firstKnown || !vocabulary.knows(second)) {
                continue;
            }
            int score = ruleWordLength(first) + ruleWordLength(second);
            if (score == 0 && !squeezed && shortWordThenShortRuleWord(first, second)) {
                score = 1;
            }
            if (score > bestScore) {
                best = cut;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * A short word glued in front of a short rule word ("todie", "godie"): read apart only as written, since
     * squeezing makes too many of them ("goodie"), and only in that order ("kikme", "nigor" are tags and names).
     */
    private boolean shortWordThenShortRuleWord(String first, String second) {
        return first.length() < MIN_SHORT_RULE_PART && second.length() >= MIN_SHORT_RULE_PART
                && vocabulary.isRuleWord(first) && vocabulary.isRuleWord(second);
    }

    private int ruleWordLength(String word) {
        return word.length() >= MIN_RULE_PART && vocabulary.isRuleWord(word) ? word.length() : 0;
    }
}
