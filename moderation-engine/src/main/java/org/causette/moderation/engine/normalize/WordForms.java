package org.causette.moderation.engine.normalize;

import java.util.Set;

/** Leetspeak decoding and repeated-letter squeezing, shared by the text tokenizer and the lexicon compiler. */
public final class WordForms {

    /** words whose doubled letter tells them from an insult: a "salle" (room) is not "sale" (dirty) */
    private static final Set<String> MEANINGFUL_DOUBLES = Set.of("salle", "salles");

    private WordForms() {
    }

    /** Canonical form of a word: leetspeak decoded when the word has letters, then doubled letters squeezed. */
    public static String canonical(String word) {
        String decoded = decodeLeet(word);
        if (MEANINGFUL_DOUBLES.contains(decoded)) {
            return decoded;
        }
        String squeezed = squeeze(decoded);
        // "ss", "kkk", "xxx" must not become the letter alone: a lone "s" or "x" in a nickname is no slur
        return squeezed.length() == 1 && decoded.length() > 1 && Character.isLetter(squeezed.charAt(0))
                ? squeezed + squeezed : squeezed;
    }

    public static String decodeLeet(String word) {
        boolean hasLetter = false;
        boolean hasLeet = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                hasLetter = true;
            } else if (leet(c) != 0) {
                hasLeet = true;
            }
        }
        if (!hasLetter || !hasLeet) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char decoded = leet(c);
            out.append(decoded != 0 ? decoded : c);
        }
        return out.toString();
    }

    static char leet(char c) {
        switch (c) {
            case '0': return 'o';
            case '1': case '!': case '|': return 'i';
            case '3': case '€': return 'e';
            case '4': case '@': return 'a';
            case '5': case '$': return 's';
            case '7': case '+': return 't';
            default: return 0;
        }
    }

    /** "coooonnard" and "connard" both become "conard"; digits are kept as they are. */
    public static String squeeze(String word) {
        StringBuilder out = new StringBuilder(word.length());
        char previous = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != previous || !Character.isLetter(c)) {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    static boolean isLeetSymbol(char c) {
        return c == '@' || c == '$' || c == '€' || c == '!' || c == '|' || c == '+';
    }
}
