package org.causette.moderation.engine.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Parses pattern lines. Syntax, words separated by spaces:
 * {@code word} exact word (plural/feminine endings tolerated), {@code stem*} words starting with a stem of at
 * least 4 letters, {@code (a|b c|@class)} alternatives (an alternative may be several words), {@code @class} a
 * word class, {@code ?} after an element makes it optional, {@code ~N} skips up to N words, {@code _} any word.
 * Words are canonicalised like message words (case, accents, leetspeak, doubled letters).
 */
final class PhrasePatternParser {

    static final int MIN_STEM = 4;

    private final WordClasses classes;
    private final UnaryOperator<String> canonical;
    private final Set<String> words = new HashSet<>();
    private final Set<String> stems = new HashSet<>();
    private final UnaryOperator<String> written;
    private final java.util.Map<String, Set<String>> spellings = new java.util.HashMap<>();

    PhrasePatternParser(WordClasses classes, UnaryOperator<String> canonical) {
        this(classes, canonical, UnaryOperator.identity());
    }

    /** @param written the word as written, doubled letters kept, to tell "Anne" from "âne" in names */
    PhrasePatternParser(WordClasses classes, UnaryOperator<String> canonical, UnaryOperator<String> written) {
        this.classes = classes;
        this.canonical = canonical;
        this.written = written;
    }

    List<List<PhraseElement>> parse(String line) {
        List<PhraseElement> elements = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (c == '~') {
                int j = i + 1;
                while (j < n && Character.isDigit(line.charAt(j))) {
                    j++;
                }
                elements.add(new PhraseElement(List.of(), false, Integer.parseInt(line.substring(i + 1, j))));
                i = j;
                continue;
            }
            List<List<Literal>> alternatives;
            int j;
            if (c == '(') {
                int close = line.indexOf(')', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '(' in: " + line);
                }
                alternatives = new ArrayList<>();
                for (String alternative : line.substring(i + 1, close).split("\\|")) {
                    alternatives.addAll(parseAlternative(alternative.trim(), line));
                }
                j = close + 1;
            } else {
                j = i;
                while (j < n && line.charAt(j) != ' ' && line.charAt(j) != '\t' && line.charAt(j) != '?') {
                    j++;
                }
                alternatives = parseAlternative(line.substring(i, j), line);
            }
            boolean optional = j < n && line.charAt(j) == '?';
            if (optional) {
                j++;
            }
            elements.add(new PhraseElement(alternatives, optional, 0));
            i = j;
        }
        return expandLeadingOptional(elements, line);
    }

    /** A leading optional element is compiled as two patterns, with and without it, so every pattern has a first word to index. */
    private static List<List<PhraseElement>> expandLeadingOptional(List<PhraseElement> elements, String line) {
        if (elements.isEmpty() || elements.get(0).isGap()) {
            throw new IllegalArgumentException("a pattern must start with a word: " + line);
        }
        PhraseElement first = elements.get(0);
        for (List<Literal> sequence : first.alternatives()) {
            if (sequence.get(0).any()) {
                throw new IllegalArgumentException("a pattern cannot start with '_': " + line);
            }
        }
        List<List<PhraseElement>> out = new ArrayList<>();
        if (!first.optional()) {
            out.add(elements);
            return out;
        }
        List<PhraseElement> with = new ArrayList<>(elements);
        with.set(0, new PhraseElement(first.alternatives(), false, 0));
        out.add(with);
        out.addAll(expandLeadingOptional(elements.subList(1, elements.size()), line));
        return out;
    }

    private List<List<Literal>> parseAlternative(String text, String line) {
        if (text.startsWith("@") && !text.contains(" ")) {
            return classes.get(text.substring(1));
        }
        List<Literal> sequence = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            sequence.add(literal(word, line));
        }
        if (sequence.isEmpty()) {
            throw new IllegalArgumentException("empty alternative in: " + line);
        }
        return List.of(List.copyOf(sequence));
    }

    Literal literal(String word, String line) {
        if (word.equals("_")) {
            return Literal.ANY;
        }
        boolean prefix = word.endsWith("*");
        String raw = prefix ? word.substring(0, word.length() - 1) : word;
        String canonicalWord = canonical.apply(raw);
        if (canonicalWord.isEmpty() || !canonicalWord.chars().allMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("'" + word + "' is not one word in: " + line);
        }
        if (prefix && canonicalWord.length() < MIN_STEM) {
            throw new IllegalArgumentException("stem '" + word + "' is too short (Scunthorpe risk) in: " + line);
        }
        (prefix ? stems : words).add(canonicalWord);
        if (!prefix) {
            spellings.computeIfAbsent(canonicalWord, k -> new HashSet<>()).add(written.apply(raw));
        }
        return new Literal(canonicalWord, prefix, false);
    }

    /** Every exact word of the patterns and classes parsed so far. */
    Set<String> words() {
        return words;
    }

    /** How the exact words of the patterns were written, by canonical form ("nigger" under "niger"). */
    RuleSpellings spellings() {
        return new RuleSpellings(spellings);
    }

    /** Every stem ({@code stem*}) of the patterns and classes parsed so far. */
    Set<String> stems() {
        return stems;
    }
}
