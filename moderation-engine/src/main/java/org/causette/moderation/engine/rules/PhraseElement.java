package org.causette.moderation.engine.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One position of a phrase pattern: alternatives (each a sequence of words, e.g. "gay people"), possibly optional,
 * or a gap of 0..{@code gap} arbitrary words. Single exact words are kept in a hash set so that a class of a few
 * hundred insults costs one look-up per inflection base.
 */
final class PhraseElement {

    private final List<List<Literal>> alternatives;
    private final boolean optional;
    private final int gap;
    private final Set<String> singleWords = new HashSet<>();
    /** several-word alternatives by their exact first word, so that a token only tries those it can start */
    private final Map<String, List<List<Literal>>> sequencesByFirstWord = new HashMap<>();
    /** several-word alternatives starting with a stem or any word, tried at every token */
    private final List<List<Literal>> openSequences = new ArrayList<>();
    private final boolean hasAny;

    PhraseElement(List<List<Literal>> alternatives, boolean optional, int gap) {
        this.alternatives = alternatives;
        this.optional = optional;
        this.gap = gap;
        boolean any = false;
        for (List<Literal> sequence : alternatives) {
            Literal first = sequence.get(0);
            if (sequence.size() == 1 && !first.prefix() && !first.any()) {
                singleWords.add(first.word());
            } else {
                any |= sequence.size() == 1 && first.any();
                if (first.prefix() || first.any()) {
                    openSequences.add(sequence);
                } else {
                    sequencesByFirstWord.computeIfAbsent(first.word(), k -> new ArrayList<>()).add(sequence);
                }
            }
        }
        this.hasAny = any;
    }

    List<List<Literal>> alternatives() {
        return alternatives;
    }

    boolean optional() {
        return optional;
    }

    int gap() {
        return gap;
    }

    boolean isGap() {
        return gap > 0;
    }

    /** Whether a one-word alternative matches token {@code t}. */
    boolean matchesSingleWord(TokenForms token) {
        if (hasAny) {
            return true;
        }
        for (String base : token.bases()) {
            if (singleWords.contains(base)) {
                return true;
            }
        }
        return false;
    }

    /** The several-word alternatives whose first word is {@code word} (an inflection base of a token). */
    List<List<Literal>> sequencesStartingWith(String word) {
        return sequencesByFirstWord.getOrDefault(word, List.of());
    }

    /** Alternatives starting with a stem or any word. */
    List<List<Literal>> openSequences() {
        return openSequences;
    }
}
