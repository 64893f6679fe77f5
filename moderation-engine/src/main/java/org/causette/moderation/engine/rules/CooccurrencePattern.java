package org.causette.moderation.engine.rules;

import java.util.List;

/**
 * A co-occurrence line of a rule section, {@code A & B} or {@code A &> B}: part A and part B (each a phrase pattern) in the same
 * clause, in either order, at most {@code within} words apart, with no negation between them or just before, and
 * none of the section's guard phrases ({@code %unless}) in the sentence. With {@code %refer}, a pronoun of that
 * class stands for part A when part A is named in the same or a neighbouring sentence ("... . They are vermin").
 *
 * @param ordered   written {@code A &> B}: part A comes first ("... are vermin", "... don't belong here")
 * @param carrier a pattern of the section's rule, used to report a match like any phrase match
 */
record CooccurrencePattern(Rule rule, List<PhrasePattern> first, List<PhrasePattern> second, boolean ordered, int within,
                           List<PhrasePattern> guards, List<PhrasePattern> refer, PhrasePattern carrier) {
}
