package org.causette.moderation.engine.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into words. A word is a run of letters, digits and leetspeak symbols; apostrophes,
 * hyphens and other punctuation separate words. Symbols at the edges of a word are punctuation, not leetspeak.
 */
final class Tokenizer {

    List<Token> words(FoldedText folded, boolean splitCamelCase) {
        return words(folded, splitCamelCase, false);
    }

    /** @param keepLeet with {@code splitCamelCase}, leave leet digits between letters inside their word ("N1gg3r") */
    List<Token> words(FoldedText folded, boolean splitCamelCase, boolean keepLeet) {
        String s = folded.text();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(s.charAt(i))) {
                i++;
            }
            addTrimmed(folded, start, i, splitCamelCase, keepLeet, tokens);
        }
        return tokens;
    }

    private void addTrimmed(FoldedText folded, int start, int end, boolean splitCamelCase, boolean keepLeet, List<Token> tokens) {
        String s = folded.text();
        // a leading '$', '@' or '€' before letters is leetspeak ("$alope"); '!', '|', '+' at the edges are punctuation
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))
                && !("$@€".indexOf(s.charAt(start)) >= 0 && start + 1 < end && Character.isLetter(s.charAt(start + 1)))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        if (splitCamelCase) {
            int pieceStart = start;
            for (int k = start + 1; k < end; k++) {
                boolean lowerToUpper = folded.originalUpper()[k] && !folded.originalUpper()[k - 1]
                        && Character.isLetter(s.charAt(k - 1));
                boolean letterDigit = Character.isDigit(s.charAt(k)) != Character.isDigit(s.charAt(k - 1))
                        && Character.isLetterOrDigit(s.charAt(k)) && Character.isLetterOrDigit(s.charAt(k - 1));
                if (lowerToUpper || letterDigit && !(keepLeet && leetInsideWord(s, k, start, end))) {
                    tokens.add(token(s, pieceStart, k));
                    pieceStart = k;
                }
            }
            tokens.add(token(s, pieceStart, end));
        } else {
            tokens.add(token(s, start, end));
        }
    }

    /**
     * Whether the letter-digit change at {@code k} is inside a leetspeak word ("N1gg3r", "S4lope"): leet digits
     * with letters on both sides. Digits after a name ("Kevin93") are still cut off.
     */
    private static boolean leetInsideWord(String s, int k, int start, int end) {
        int from = k;
        while (from > start && Character.isDigit(s.charAt(from - 1))) {
            from--;
        }
        if (!Character.isDigit(s.charAt(from))) {
            from = k;
        }
        int to = from;
        while (to < end && Character.isDigit(s.charAt(to))) {
            if (WordForms.leet(s.charAt(to)) == 0) {
                return false;
            }
            to++;
        }
        return to > from && from > start && Character.isLetter(s.charAt(from - 1)) && to < end && Character.isLetter(s.charAt(to));
    }

    private static Token token(String s, int start, int end) {
        return new Token(WordForms.canonical(s.substring(start, end)), start, end, false);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || WordForms.isLeetSymbol(c);
    }
}
