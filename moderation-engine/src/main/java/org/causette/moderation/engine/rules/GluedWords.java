package org.causette.moderation.engine.rules;

/**
 * Splits a token glued from two words ("deathto", "manywhores") when both halves are known words and one of
 * them a rule word. Real compounds ("therapist", "cocktail") are in the guard list and never reach here.
 */
final class GluedWords {

    static final int MIN_LENGTH = 5;
    private static final int MIN_PART = 2;
    private static final int MIN_RULE_PART = 3;

    private final Vocabulary vocabulary;

    GluedWords(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Where to cut {@code token} (the length of its first word), or 0 when it is not two glued words. */
    int split(String token) {
        if (token.length() < MIN_LENGTH) {
            return 0;
        }
        int best = 0;
        int bestScore = 0;
        for (int cut = MIN_PART; cut <= token.length() - MIN_PART; cut++) {
            String first = token.substring(0, cut);
            String second = token.substring(cut);
            if (!vocabulary.knows(first) || !vocabulary.knows(second)) {
                continue;
            }
            int score = ruleWordLength(first) + ruleWordLength(second);
            if (score > bestScore) {
                best = cut;
                bestScore = score;
            }
        }
        return best;
    }

    private int ruleWordLength(String word) {
        return word.length() >= MIN_RULE_PART && vocabulary.isRuleWord(word) ? word.length() : 0;
    }
}
