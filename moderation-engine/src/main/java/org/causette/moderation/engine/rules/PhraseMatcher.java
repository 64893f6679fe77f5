package org.causette.moderation.engine.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrase patterns in a token sequence. Patterns are indexed by their first word (exact words in a hash map,
 * stems by their prefix), so a message costs one or two map look-ups per token plus the few candidate patterns.
 * The matcher is bounded: patterns are short and gaps small, there is no regular-expression backtracking.
 */
final class PhraseMatcher {

    private final Map<String, List<PhrasePattern>> byFirstWord = new HashMap<>();
    private final Map<String, List<PhrasePattern>> byFirstStem = new HashMap<>();
    /** a pattern's number in this matcher (a pattern may sit in several matchers: guards, co-occurrence parts) */
    private final Map<PhrasePattern, Integer> numbers = new IdentityHashMap<>();
    private int longestStem = PhrasePatternParser.MIN_STEM;
    private final int patternCount;

    PhraseMatcher(List<PhrasePattern> patterns) {
        this.patternCount = patterns.size();
        int n = 0;
        for (PhrasePattern pattern : patterns) {
            numbers.putIfAbsent(pattern, n++);
            for (List<Literal> alternative : pattern.elements().get(0).alternatives()) {
                Literal first = alternative.get(0);
                Map<String, List<PhrasePattern>> index = first.prefix() ? byFirstStem : byFirstWord;
                List<PhrasePattern> list = index.computeIfAbsent(first.word(), k -> new ArrayList<>());
                if (!list.contains(pattern)) {
                    list.add(pattern);
                }
                if (first.prefix()) {
                    longestStem = Math.max(longestStem, first.word().length());
                }
            }
        }
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty() && byFirstStem.isEmpty();
    }

    List<PhraseMatch> findAll(TokenForms[] tokens) {
        List<PhraseMatch> matches = new ArrayList<>();
        List<PhrasePattern> candidates = new ArrayList<>();
        int[] seenAt = new int[patternCount];
        for (int i = 0; i < tokens.length; i++) {
            candidates.clear();
            collectCandidates(tokens[i], candidates, seenAt, i + 1);
            for (PhrasePattern pattern : candidates) {
                int end = match(pattern.elements(), 0, tokens, i);
                if (end > i) {
                    matches.add(new PhraseMatch(pattern, i, end));
                }
            }
        }
        return matches;
    }

    private void collectCandidates(TokenForms token, List<PhrasePattern> candidates, int[] seenAt, int stamp) {
        for (String base : token.bases()) {
            addAll(byFirstWord.get(base), candidates, seenAt, stamp);
        }
        String text = token.text();
        for (int k = PhrasePatternParser.MIN_STEM; k <= Math.min(text.length(), longestStem); k++) {
            addAll(byFirstStem.get(text.substring(0, k)), candidates, seenAt, stamp);
        }
    }

    /** Adds patterns not yet seen for this token ({@code seenAt} holds, per pattern, the last token stamp). */
    private void addAll(List<PhrasePattern> patterns, List<PhrasePattern> candidates, int[] seenAt, int stamp) {
        if (patterns == null) {
            return;
        }
        for (PhrasePattern p : patterns) {
            int number = numbers.get(p);
            if (seenAt[number] != stamp) {
                seenAt[number] = stamp;
                candidates.add(p);
            }
        }
    }

    /** @return the end token (exclusive) of a match of elements[e..] starting at token t, or -1 */
    private static int match(List<PhraseElement> elements, int e, TokenForms[] tokens, int t) {
        if (e == elements.size()) {
            return t;
        }
        PhraseElement element = elements.get(e);
        if (element.isGap()) {
            for (int skip = 0; skip <= element.gap() && t + skip <= tokens.length; skip++) {
                int end = match(elements, e + 1, tokens, t + skip);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (t < tokens.length && element.matchesSingleWord(tokens[t])) {
            int end = match(elements, e + 1, tokens, t + 1);
            if (end >= 0) {
                return end;
            }
        }
        if (t < tokens.length) {
            for (String base : tokens[t].bases()) {
                int end = matchAny(element.sequencesStartingWith(base), elements, e, tokens, t);
                if (end >= 0) {
                    return end;
                }
            }
            int end = matchAny(element.openSequences(), elements, e, tokens, t);
            if (end >= 0) {
                return end;
            }
        }
        return element.optional() ? match(elements, e + 1, tokens, t) : -1;
    }

    private static int matchAny(List<List<Literal>> sequences, List<PhraseElement> elements, int e, TokenForms[] tokens, int t) {
        for (List<Literal> sequence : sequences) {
            if (matchesSequence(sequence, tokens, t)) {
                int end = match(elements, e + 1, tokens, t + sequence.size());
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    private static boolean matchesSequence(List<Literal> sequence, TokenForms[] tokens, int t) {
        if (t + sequence.size() > tokens.length) {
            return false;
        }
        for (int k = 0; k < sequence.size(); k++) {
            if (!sequence.get(k).matches(tokens[t + k])) {
                return false;
            }
        }
        return true;
    }
}
