package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.normalize.Token;

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

    TolerantReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.neighbours = new EditNeighbours(vocabulary.ruleWords());
        this.glued = new GluedWords(vocabulary);
    }

    /** The tokens as read tolerantly; the same list when every token was read as itself. */
    List<Token> read(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            List<Token> reading = reading(token);
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
        String word = neighbours.nearest(text);
        if (word == null && text.length() > EditNeighbours.MIN_DELETED_OR_INSERTED && endsPlural(text)) {
            String singular = neighbours.nearest(text.substring(0, text.length() - 1));
            word = singular == null ? null : singular + text.charAt(text.length() - 1);
        }
        if (word != null) {
            return List.of(new Token(word, token.foldedStart(), token.foldedEnd(), token.joined()));
        }
        int cut = glued.split(text);
        if (cut == 0) {
            return null;
        }
        // the folded span maps letter for letter only when nothing was squeezed or decoded away
        boolean exact = token.foldedEnd() - token.foldedStart() == text.length();
        int middle = exact ? token.foldedStart() + cut : token.foldedEnd();
        int secondStart = exact ? middle : token.foldedStart();
        return List.of(new Token(text.substring(0, cut), token.foldedStart(), middle, token.joined()),
                new Token(text.substring(cut), secondStart, token.foldedEnd(), token.joined()));
    }

    private static boolean endsPlural(String text) {
        char last = text.charAt(text.length() - 1);
        return last == 's' || last == 'x';
    }
}
