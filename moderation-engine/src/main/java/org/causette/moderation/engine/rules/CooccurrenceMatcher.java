package org.causette.moderation.engine.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the co-occurrence lines of the rule files ({@link CooccurrencePattern}). All parts, guards and pronouns of
 * all lines go into one {@link PhraseMatcher}, so a message is scanned once; pairing then only looks at the few
 * parts found.
 */
final class CooccurrenceMatcher {

    private static final int NEGATION_WINDOW = 3;

    private final List<CooccurrencePattern> lines;
    private final PhraseMatcher parts;

    CooccurrenceMatcher(List<CooccurrencePattern> lines) {
        this.lines = List.copyOf(lines);
        Set<PhrasePattern> all = new LinkedHashSet<>();
        for (CooccurrencePattern line : lines) {
            all.addAll(line.first());
            all.addAll(line.second());
            all.addAll(line.guards());
            all.addAll(line.refer());
        }
        this.parts = new PhraseMatcher(new ArrayList<>(all));
    }

    List<PhraseMatch> findAll(TokenForms[] tokens, String folded) {
        if (lines.isEmpty() || tokens.length < 2) {
            return List.of();
        }
        List<PhraseMatch> found = parts.findAll(tokens);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<PhrasePattern, List<PhraseMatch>> byPattern = new IdentityHashMap<>();
        for (PhraseMatch m : found) {
            byPattern.computeIfAbsent(m.pattern(), k -> new ArrayList<>()).add(m);
        }
        Clauses clauses = null;
        List<PhraseMatch> out = new ArrayList<>();
        for (CooccurrencePattern line : lines) {
            List<PhraseMatch> seconds = matchesOf(line.second(), byPattern);
            if (seconds.isEmpty()) {
                continue;
            }
            List<PhraseMatch> firsts = matchesOf(line.first(), byPattern);
            List<PhraseMatch> pronouns = matchesOf(line.refer(), byPattern);
            if (firsts.isEmpty()) {
                continue;
            }
            if (clauses == null) {
                clauses = Clauses.of(tokens, folded);
            }
            List<PhraseMatch> guards = matchesOf(line.guards(), byPattern);
            PhraseMatch hit = pair(line, firsts, seconds, tokens, clauses, guards);
            if (hit == null && !pronouns.isEmpty()) {
                hit = pairByReference(line, firsts, pronouns, seconds, tokens, clauses, guards);
            }
            if (hit != null) {
                out.add(hit);
            }
        }
        return out;
    }

    private static PhraseMatch pair(CooccurrencePattern line, List<PhraseMatch> firsts, List<PhraseMatch> seconds,
                                    TokenForms[] tokens, Clauses clauses, List<PhraseMatch> guards) {
        for (PhraseMatch a : firsts) {
            for (PhraseMatch b : seconds) {
                PhraseMatch hit = check(line, a, b, tokens, clauses, guards);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    /** A pronoun in part A's place, part A itself named in this sentence or a neighbouring one. */
    private static PhraseMatch pairByReference(CooccurrencePattern line, List<PhraseMatch> firsts, List<PhraseMatch> pronouns,
                                              List<PhraseMatch> seconds, TokenForms[] tokens, Clauses clauses,
                                              List<PhraseMatch> guards) {
        for (PhraseMatch pronoun : pronouns) {
            int sentence = clauses.sentence(pronoun.firstToken());
            boolean named = false;
            for (PhraseMatch a : firsts) {
                int s = clauses.sentence(a.firstToken());
                named |= !overlaps(a, pronoun) && Math.abs(s - sentence) <= 1 && !guarded(a, clauses, guards, a, a);
            }
            if (!named) {
                continue;
            }
            for (PhraseMatch b : seconds) {
                PhraseMatch hit = within(pronoun, b) ? alone(line, b, tokens, clauses, guards)
                        : check(line, pronoun, b, tokens, clauses, guards);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    private static boolean within(PhraseMatch inner, PhraseMatch outer) {
        return inner.firstToken() >= outer.firstToken() && inner.endToken() <= outer.endToken();
    }

    /** Part B holding the pronoun itself ("je les déteste"). */
    private static PhraseMatch alone(CooccurrencePattern line, PhraseMatch b, TokenForms[] tokens, Clauses clauses,
                                     List<PhraseMatch> guards) {
        int from = Math.max(clauses.clauseStart(b.firstToken()), b.firstToken() - NEGATION_WINDOW);
        if (Negation.anyBetween(tokens, from, b.firstToken()) || guarded(b, clauses, guards, b, b)) {
            return null;
        }
        return new PhraseMatch(line.carrier(), b.firstToken(), b.endToken());
    }

    private static PhraseMatch check(CooccurrencePattern line, PhraseMatch a, PhraseMatch b, TokenForms[] tokens,
                                     Clauses clauses, List<PhraseMatch> guards) {
        boolean aFirst = a.endToken() <= b.firstToken();
        if (!aFirst && (line.ordered() || b.endToken() > a.firstToken())) {
            return null;
        }
        PhraseMatch left = aFirst ? a : b;
        PhraseMatch right = aFirst ? b : a;
        int gap = right.firstToken() - left.endToken();
        if (gap > line.within() || !clauses.sameClause(left.endToken() - 1, right.firstToken() + 1)) {
            return null;
        }
        int from = Math.max(clauses.clauseStart(left.firstToken()), left.firstToken() - NEGATION_WINDOW);
        if (Negation.anyBetween(tokens, from, left.firstToken()) || Negation.anyBetween(tokens, left.endToken(), right.firstToken())) {
            return null;
        }
        if (guarded(left, clauses, guards, a, b)) {
            return null;
        }
        return new PhraseMatch(line.carrier(), left.firstToken(), right.endToken());
    }

    /**
     * Whether a guard phrase stands in the sentence of {@code m}, apart from the parts themselves ("black people who
     * think ..." names the group, it does not give the view to others); a guard that only ends inside a part still
     * counts ("les insultes contre les trans": the group part may start at "contre").
     */
    private static boolean guarded(PhraseMatch m, Clauses clauses, List<PhraseMatch> guards, PhraseMatch a, PhraseMatch b) {
        int sentence = clauses.sentence(m.firstToken());
        for (PhraseMatch g : guards) {
            if (clauses.sentence(g.firstToken()) == sentence && !startsIn(g, a) && !startsIn(g, b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(PhraseMatch x, PhraseMatch y) {
        return x.firstToken() < y.endToken() && y.firstToken() < x.endToken();
    }

    private static boolean startsIn(PhraseMatch x, PhraseMatch y) {
        return x.firstToken() >= y.firstToken() && x.firstToken() < y.endToken();
    }

    private static List<PhraseMatch> matchesOf(List<PhrasePattern> patterns, Map<PhrasePattern, List<PhraseMatch>> byPattern) {
        if (patterns.size() == 1) {
            return byPattern.getOrDefault(patterns.get(0), List.of());
        }
        List<PhraseMatch> out = new ArrayList<>();
        for (PhrasePattern p : patterns) {
            out.addAll(byPattern.getOrDefault(p, List.of()));
        }
        return out;
    }
}
