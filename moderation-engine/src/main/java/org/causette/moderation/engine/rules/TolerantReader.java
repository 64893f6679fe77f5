package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.normalize.FoldedText;
import org.causette.moderation.engine.normalize.Token;
import org.causette.moderation.engine.normalize.WordForms;

import java.util.ArrayList;
import java.util.List;

/**
 * The tolerant view of a message: each token that is no known word is read as the rule word one edit away
 * ("hatrd" as "hatred", "haet" as "hate") or as the two words it was glued from ("deathto" as "death to").
 * Known words, rule words and the guard list's common words, are always read as themselves.
 * Rewritten tokens keep their place in the folded text, so findings still point at what the sender wrote.
 */
final class TolerantReader {

    private static final int MIN_TOKEN = 3;

    private final Vocabulary vocabulary;
    private final EditNeighbours neighbours;
    private final GluedWords glued;
    private final RunTogetherWords runTogether;

    TolerantReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.neighbours = new EditNeighbours(vocabulary.ruleWords());
        this.glued = new GluedWords(vocabulary);
        this.runTogether = new RunTogetherWords(vocabulary);
    }

    /**
     * The tokens as read tolerantly; the same list when every token was read as itself.
     *
     * @param folded the folded text the tokens come from
     */
    List<Token> read(List<Token> tokens, FoldedText folded) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            List<Token> reading = null;
            if (isPlainWord(token, folded.text())) {
                Token withL = withCapitalIAsL(token, folded);
                reading = withL != token ? List.of(withL) : reading(token);
            }
            if (reading != null && out == null) {
                out = new ArrayList<>(tokens.size() + 2);
                out.addAll(tokens.subList(0, i));
            }
            if (out != null) {
                if (reading != null) {
                    out.addAll(reading);
                } else {
                    out.add(token);
                }
            }
        }
        return out == null ? tokens : out;
    }

    /** The rule word {@code word} is read as, or {@code word} itself. */
    String readWord(String word) {
        List<Token> reading = reading(new Token(word, 0, word.length(), false));
        return reading == null ? word : String.join(" ", reading.stream().map(Token::text).toList());
    }

    /** How an unknown token reads: one rule word or two glued words; null when it stays itself. */
    private List<Token> reading(Token token) {
        String text = token.text();
        if (text.length() < MIN_TOKEN || vocabulary.knows(text)) {
            return null;
        }
        boolean squeezed = token.foldedEnd() - token.foldedStart() != text.length();
        String word = neighbours.nearest(text, squeezed);
        if (word == null && text.length() > EditNeighbours.MIN_DELETED_OR_INSERTED && endsPlural(text)) {
            String singular = neighbours.nearest(text.substring(0, text.length() - 1), squeezed);
            word = singular == null ? null : singular + text.charAt(text.length() - 1);
        }
        if (word != null) {
            return List.of(new Token(word, token.foldedStart(), token.foldedEnd(), token.joined()));
        }
        int cut = glued.split(text, squeezed);
        if (cut == 0) {
            return runTogether(token, squeezed);
        }
        // the folded span maps letter for letter only when nothing was squeezed away
        boolean exact = !squeezed;
        int middle = exact ? token.foldedStart() + cut : token.foldedEnd();
        int secondStart = exact ? middle : token.foldedStart();
        return List.of(new Token(text.substring(0, cut), token.foldedStart(), middle, token.joined()),
                new Token(text.substring(cut), secondStart, token.foldedEnd(), token.joined()));
    }

    /** A sentence written without spaces, read as its words; null when it is not one. */
    private List<Token> runTogether(Token token, boolean squeezed) {
        int[] lengths = runTogether.cut(token.text());
        if (lengths == null) {
            return null;
        }
        List<Token> words = new ArrayList<>(lengths.length);
        int at = 0;
        for (int length : lengths) {
            String word = token.text().substring(at, at + length);
            // the folded span maps letter for letter only when nothing was squeezed away
            int start = squeezed ? token.foldedStart() : token.foldedStart() + at;
            int end = squeezed ? token.foldedEnd() : start + length;
            words.add(new Token(word, start, end, token.joined()));
            at += length;
        }
        return words;
    }

    /** A capital I inside a lower-case word is an l in disguise ("encuIé"): read it so when that makes a known word. */
    private Token withCapitalIAsL(Token token, FoldedText folded) {
        if (vocabulary.knows(token.text())) {
            return token;
        }
        char[] written = null;
        for (int k = token.foldedStart() + 1; k < token.foldedEnd(); k++) {
            if (folded.charAt(k) == 'i' && folded.originalUpper()[k] && !folded.originalUpper()[k - 1]) {
                if (written == null) {
                    written = folded.text().substring(token.foldedStart(), token.foldedEnd()).toCharArray();
                }
                written[k - token.foldedStart()] = 'l';
            }
        }
        if (written == null) {
            return token;
        }
        String withL = WordForms.canonical(new String(written));
        return vocabulary.knows(withL) ? new Token(withL, token.foldedStart(), token.foldedEnd(), token.joined()) : token;
    }

    /**
     * Only words written in letters (separators allowed in glued ones) are read tolerantly: not handles ("@pete"
     * folds to "apete"), not words with digits ("4got"), which leetspeak already decodes, not words cut short
     * ("attard...").
     */
    private static boolean isPlainWord(Token token, String folded) {
        int start = token.foldedStart();
        int end = token.foldedEnd();
        if (start > 0 && folded.charAt(start - 1) == '@') {
            return false;
        }
        for (int k = start; k < end; k++) {
            char c = folded.charAt(k);
            if (Character.isDigit(c) || "@$€!|+".indexOf(c) >= 0) {
                return false;
            }
        }
        return !folded.startsWith("...", end) && !folded.startsWith("\u2026", end);
    }

    private static boolean endsPlural(String text) {
        char last = text.charAt(text.length() - 1);
        return last == 's' || last == 'x';
    }
}
