package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.normalize.WordForms;

import java.util.Map;
import java.util.Set;

/**
 * How the rule words were written before doubled letters were squeezed. Squeezing reads "coonnard" as "connard" in
 * messages, but in a nickname it also reads the name Anne as "âne" and Niger as the slur it is one letter from.
 * There a word counts only when it keeps every doubled letter of the rule word, and doubles letters only of a rule
 * word that has some (or stretches one on purpose, three or more of a letter).
 */
record RuleSpellings(Map<String, Set<String>> byCanonical) {

    RuleSpellings {
        byCanonical = Map.copyOf(byCanonical);
    }

    /**
     * @param canonical the word as the rules read it (squeezed)
     * @param written   the same word as the sender wrote it (folded, leetspeak decoded, doubled letters kept)
     * @return false when the word only matched because squeezing merged or split a doubled letter
     */
    boolean readsAsWritten(String canonical, String written) {
        Set<String> spellings = byCanonical.get(canonical);
        if (spellings == null || !WordForms.squeeze(written).equals(canonical) || stretched(written)) {
            return true;
        }
        int[] runs = runs(written);
        for (String spelling : spellings) {
            if (agrees(runs(spelling), runs)) {
                return true;
            }
        }
        return false;
    }

    private static boolean agrees(int[] rule, int[] written) {
        if (rule.length != written.length) {
            return true; // another squeezing (a digit, "salle"): not a doubled-letter question
        }
        boolean ruleDoubles = false;
        boolean writtenDoubles = false;
        for (int i = 0; i < rule.length; i++) {
            if (rule[i] > 1 && written[i] < 2) {
                return false;
            }
            ruleDoubles |= rule[i] > 1;
            writtenDoubles |= written[i] > 1;
        }
        return ruleDoubles || !writtenDoubles;
    }

    /** Lengths of the runs of one letter: "connard" is 1, 1, 2, 1, 1, 1. */
    private static int[] runs(String word) {
        int[] runs = new int[word.length()];
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            if (i > 0 && word.charAt(i) == word.charAt(i - 1) && Character.isLetter(word.charAt(i))) {
                runs[count - 1]++;
            } else {
                runs[count++] = 1;
            }
        }
        return java.util.Arrays.copyOf(runs, count);
    }

    private static boolean stretched(String written) {
        for (int i = 2; i < written.length(); i++) {
            if (Character.isLetter(written.charAt(i)) && written.charAt(i) == written.charAt(i - 1) && written.charAt(i) == written.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }
}
