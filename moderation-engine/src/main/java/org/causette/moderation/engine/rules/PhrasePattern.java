package org.causette.moderation.engine.rules;

import java.util.List;

/**
 * A compiled pattern line of a rule section. Equality is identity (a record would compare the whole element tree).
 */
final class PhrasePattern {

    private final Rule rule;
    private final List<PhraseElement> elements;
    private final String source;
    private final List<PhrasePattern> guards;

    PhrasePattern(Rule rule, List<PhraseElement> elements, String source) {
        this(rule, elements, source, List.of());
    }

    /** @param guards the section's {@code %unless} phrases: no match in a sentence holding one */
    PhrasePattern(Rule rule, List<PhraseElement> elements, String source, List<PhrasePattern> guards) {
        this.rule = rule;
        this.elements = elements;
        this.source = source;
        this.guards = guards;
    }

    List<PhrasePattern> guards() {
        return guards;
    }

    Rule rule() {
        return rule;
    }

    List<PhraseElement> elements() {
        return elements;
    }

    String source() {
        return source;
    }

    /** Whether this pattern reports a match of a co-occurrence line ({@code A & B}). */
    boolean isCooccurrence() {
        return source.contains(" & ") || source.contains(" &> ");
    }

    /** The single word of a one-word pattern ("connard", "encul*"), or null. */
    Literal singleWord() {
        if (elements.size() != 1 || elements.get(0).alternatives().size() != 1) {
            return null;
        }
        List<Literal> sequence = elements.get(0).alternatives().get(0);
        return sequence.size() == 1 && !sequence.get(0).any() ? sequence.get(0) : null;
    }
}
