package org.causette.moderation.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a whole sentence written without spaces ("lesnoirssontdessinges") into the known words it is made of, when
 * it is made of nothing else: every piece a rule word or a common word, at least three pieces, one of them a rule
 * word of four letters or more. Fewest pieces win (longer words first), so "singes" is not read "sin ges".
 */
final class RunTogetherWords {

    static final int MIN_LENGTH = 10;
    private static final int MAX_LENGTH = 60;
    private static final int MIN_PIECES = 3;
    private static final int MIN_RULE_PIECE = 4;
    /** pieces of one letter: words by themselves, or elisions written glued as chat does ("jte", "ta" for t'as) */
    private static final Set<String> ONE_LETTER = Set.of("a", "y", "j", "t", "l", "d", "s", "c", "m", "n", "i", "u");

    private final Vocabulary vocabulary;

    RunTogetherWords(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The lengths of the pieces, in order, or null when the token is not a run of known words. */
    int[] cut(String token) {
        int n = token.length();
        if (n < MIN_LENGTH || n > MAX_LENGTH) {
            return null;
        }
        int[] pieces = new int[n + 1];
        int[] previous = new int[n + 1];
        java.util.Arrays.fill(pieces, Integer.MAX_VALUE);
        pieces[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 20); start < end; start++) {
                if (pieces[start] == Integer.MAX_VALUE || pieces[start] + 1 >= pieces[end]) {
                    continue;
                }
                if (isPiece(token.substring(start, end))) {
                    pieces[end] = pieces[start] + 1;
                    previous[end] = start;
                }
            }
        }
        if (pieces[n] == Integer.MAX_VALUE || pieces[n] < MIN_PIECES) {
            return null;
        }
        List<Integer> lengths = new ArrayList<>();
        boolean ruleWord = false;
        for (int end = n; end > 0; end = previous[end]) {
            String piece = token.substring(previous[end], end);
            ruleWord |= piece.length() >= MIN_RULE_PIECE && vocabulary.isRuleWord(piece);
            lengths.add(0, end - previous[end]);
        }
        return ruleWord ? lengths.stream().mapToInt(Integer::intValue).toArray() : null;
    }

    private boolean isPiece(String piece) {
        if (piece.length() == 1) {
            return ONE_LETTER.contains(piece);
        }
        return vocabulary.isWord(piece);
    }
}
