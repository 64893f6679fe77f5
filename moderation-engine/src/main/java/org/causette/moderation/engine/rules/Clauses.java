package org.causette.moderation.engine.rules;

import java.util.Set;

/**
 * Sentence and clause number of every token, from the punctuation between tokens and a few clause-opening
 * conjunctions ("but", "mais"...). Co-occurrence rules only pair words of one clause.
 */
final class Clauses {

    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "however", "although", "though", "whereas",
            "mais", "pourtant", "cependant", "toutefois", "sauf", "tandis");

    private final int[] sentence;
    private final int[] clause;

    private Clauses(int[] sentence, int[] clause) {
        this.sentence = sentence;
        this.clause = clause;
    }

    static Clauses of(TokenForms[] tokens, String folded) {
        int[] sentence = new int[tokens.length];
        int[] clause = new int[tokens.length];
        int s = 0;
        int c = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                int from = tokens[i - 1].token().foldedEnd();
                int to = tokens[i].token().foldedStart();
                // the halves of a glued word read apart share its span: nothing lies between them
                String between = from < to ? folded.substring(from, to) : "";
                if (endsSentence(between)) {
                    s++;
                    c++;
                } else if (endsClause(between) || CLAUSE_OPENERS.contains(tokens[i].text())) {
                    c++;
                }
            }
            sentence[i] = s;
            clause[i] = c;
        }
        return new Clauses(sentence, clause);
    }

    int sentence(int token) {
        return sentence[token];
    }

    /** Whether tokens {@code [from, to)} lie in one clause (the words of a part may themselves span a "but"). */
    boolean sameClause(int from, int to) {
        return clause[from] == clause[to - 1];
    }

    /** First token of the clause of {@code token}. */
    int clauseStart(int token) {
        int i = token;
        while (i > 0 && clause[i - 1] == clause[token]) {
            i--;
        }
        return i;
    }

    private static boolean endsSentence(String between) {
        for (int k = 0; k < between.length(); k++) {
            char c = between.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsClause(String between) {
        for (int k = 0; k < between.length(); k++) {
            char c = between.charAt(k);
            if (c == ',' || c == ':' || c == '(' || c == ')' || c == '\u2014' || c == '\u2013') {
                return true;
            }
        }
        return false;
    }
}
