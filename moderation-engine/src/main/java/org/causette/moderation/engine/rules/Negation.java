package org.causette.moderation.engine.rules;

import java.util.Set;

/**
 * Negation words for co-occurrence rules, where the cue itself may carry a negation ("don't belong", "ne valent
 * rien"): only words outside both parts count, "can" and "don" only before "t" ("can't"), and French "ne" not when
 * restrictive ("ils ne sont que des ...").
 */
final class Negation {

    private static final Set<String> WORDS = Set.of("not", "never", "no", "nobody", "cannot", "dont", "doesnt", "didnt",
            "isnt", "arent", "wont", "cant", "wasnt", "werent", "neither", "nor", "ne", "n", "pas", "jamais", "aucun",
            "aucune", "nullement");
    private static final Set<String> BEFORE_T = Set.of("don", "doesn", "didn", "isn", "aren", "won", "can", "shouldn",
            "wouldn", "couldn", "wasn", "weren", "haven", "hasn", "ain", "mustn", "needn");

    /** words of knowing or seeing: "isn't it obvious that ...", "don't forget that ..." deny nothing */
    private static final Set<String> FACTIVE = Set.of("obvious", "clear", "apparent", "evident", "realise", "realize",
            "recognise", "recognize", "understand", "see", "notice", "admit", "get", "know", "surprising", "surprised", "forget", "deny");

    private Negation() {
    }

    /** Whether a negation stands in tokens {@code [from, to)}. */
    static boolean anyBetween(TokenForms[] tokens, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            String t = tokens[i].text();
            boolean negation = BEFORE_T.contains(t) && i + 1 < tokens.length && tokens[i + 1].text().equals("t")
                    || WORDS.contains(t) && !((t.equals("ne") || t.equals("n")) && restrictive(tokens, i));
            if (negation && !beforeFactive(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean beforeFactive(TokenForms[] tokens, int negation) {
        for (int i = negation + 1; i < Math.min(tokens.length, negation + 4); i++) {
            if (FACTIVE.contains(tokens[i].text())) {
                return true;
            }
        }
        return false;
    }

    /** "ne ... que": the next few words hold "que" or "qu" and no "pas". */
    private static boolean restrictive(TokenForms[] tokens, int ne) {
        for (int i = ne + 1; i < Math.min(tokens.length, ne + 5); i++) {
            String t = tokens[i].text();
            if (t.equals("pas") || t.equals("jamais") || t.equals("plus")) {
                return false;
            }
            if (t.equals("que") || t.equals("qu")) {
                return true;
            }
        }
        return false;
    }
}
