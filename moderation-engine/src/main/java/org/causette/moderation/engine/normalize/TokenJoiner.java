package org.causette.moderation.engine.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the separator-collapsed view: glues letters spaced out one by one ("s a l o p e") and pieces split by
 * in-word punctuation ("p.d", "n-t-m", "pu_te") back into one word.
 */
final class TokenJoiner {

    List<Token> join(FoldedText folded, List<Token> words) {
        List<Token> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int j = i;
            boolean allSingles = isSingle(words.get(i));
            while (j + 1 < words.size()) {
                Token next = words.get(j + 1);
                String separator = folded.text().substring(words.get(j).foldedEnd(), next.foldedStart());
                boolean singlesRun = allSingles && isSingle(next) && separator.indexOf('\n') < 0 && separator.length() <= 3
                        && separator.indexOf('\'') < 0;
                boolean punctuationGlue = isInWordPunctuation(separator);
                if (!singlesRun && !punctuationGlue) {
                    break;
                }
                allSingles = allSingles && isSingle(next);
                j++;
            }
            if (j == i) {
                out.add(words.get(i));
            } else {
                StringBuilder text = new StringBuilder();
                for (int k = i; k <= j; k++) {
                    text.append(words.get(k).text());
                }
                out.add(new Token(WordForms.squeeze(text.toString()), words.get(i).foldedStart(), words.get(j).foldedEnd(), true));
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean isSingle(Token token) {
        return token.text().length() == 1 && Character.isLetter(token.text().charAt(0));
    }

    private static boolean isInWordPunctuation(String separator) {
        if (separator.isEmpty() || separator.length() > 2) {
            return false;
        }
        for (int k = 0; k < separator.length(); k++) {
            char c = separator.charAt(k);
            if (".-_*~/\\·•^".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
