package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.normalize.WordForms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the rule word one edit away from a misspelt token: a letter deleted ("hatrd"), a letter inserted
 * ("whorse") or two adjacent letters swapped ("haet"). Substitutions are left out: leetspeak and confusable
 * folding already cover the deliberate ones, and they would collide with too many real words ("canard").
 * <p>
 * The first letter is never edited: obfuscation keeps it so the word stays readable, and edits there collide
 * with abbreviations ("4got" folds to "agot", one letter from "fagot").
 * <p>
 * A deletion-neighbourhood index (SymSpell): every rule word is stored under each of its one-letter deletions,
 * so a look-up costs one probe for the token and one per letter of it.
 */
final class EditNeighbours {

    /** Shorter words have too many real words one letter away. */
    static final int MIN_DELETED_OR_INSERTED = 5;
    /** A swap keeps every letter, so it is safe on shorter words ("haet", "sikc"). */
    static final int MIN_SWAPPED = 4;

    private final Set<String> words;
    private final Set<String> targets;
    private final Map<String, List<String>> byDeletion = new HashMap<>();

    EditNeighbours(Set<String> ruleWords) {
        this.words = Set.copyOf(ruleWords.stream().filter(EditNeighbours::isLetters).toList());
        this.targets = Set.copyOf(words.stream().filter(w -> w.length() >= MIN_SWAPPED).toList());
        for (String word : targets) {
            for (int i = 1; i < word.length(); i++) {
                List<String> words = byDeletion.computeIfAbsent(deleteAt(word, i), k -> new ArrayList<>(1));
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
        }
        byDeletion.values().forEach(list -> list.sort(null));
    }

    /**
     * The rule word one edit away from {@code token}, or null; the caller checks the token is no known word.
     *
     * @param squeezed whether doubled letters were squeezed out of the token as written ("gooddeed" is "goded")
     */
    String nearest(String token, boolean squeezed) {
        if (token.length() < MIN_SWAPPED - 1 || !isLetters(token)) {
            return null;
        }
        for (String word : byDeletion.getOrDefault(token, List.of())) {
            if (word.length() >= MIN_DELETED_OR_INSERTED) {
                return word;
            }
        }
        String inserted = null;
        for (int i = 1; i < token.length(); i++) {
            String shorter = deleteAt(token, i);
            for (String word : byDeletion.getOrDefault(shorter, List.of())) {
                if (word.length() == token.length() && isAdjacentSwap(token, word)) {
                    return word;
                }
            }
            if (inserted == null && shorter.length() >= MIN_DELETED_OR_INSERTED && targets.contains(shorter)) {
                inserted = shorter;
            }
        }
        return inserted != null || squeezed ? inserted : swappedIntoDouble(token);
    }

    /** "klil" is "kill" with two letters swapped, but rule words are squeezed ("kil"): the index cannot see it. */
    private String swappedIntoDouble(String token) {
        if (token.length() < MIN_SWAPPED) {
            return null;
        }
        char[] letters = token.toCharArray();
        for (int i = 1; i + 1 < letters.length; i++) {
            boolean makesDouble = letters[i + 1] == letters[i - 1] || i + 2 < letters.length && letters[i] == letters[i + 2];
            if (!makesDouble) {
                continue;
            }
            String swapped = WordForms.squeeze(token.substring(0, i) + letters[i + 1] + letters[i] + token.substring(i + 2));
            if (words.contains(swapped)) {
                return swapped;
            }
        }
        return null;
    }

    private static boolean isAdjacentSwap(String a, String b) {
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i > 0 && i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }

    private static String deleteAt(String s, int i) {
        return s.substring(0, i) + s.substring(i + 1);
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
