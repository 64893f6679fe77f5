package org.causette.moderation.engine.contacts;

import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.normalize.Token;
import org.causette.moderation.engine.normalize.WordForms;
import org.causette.moderation.engine.rules.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds phone numbers however they are written: "06 12 34 56 78", "+33 6.12.34.56.78", "0475/12.34.56",
 * "zéro six douze trente-quatre ...", "O6 l2 34 S6 78", "zero6", mixes of digits and words, pieces split by emojis
 * or by a filler word ("06 (lol) 12 ..."). Number pieces joined only by punctuation, emojis or fillers form a run;
 * a run is reported from the first piece where a stretch shaped like a phone number ({@link PhoneShape}) starts to its end.
 */
final class PhoneNumberDetector {

    private static final int MAX_DIGITS = 15;
    private static final int MAX_GAP = 24;
    private static final int MAX_FILLERS = 2;
    /** words that may stand between the pieces of a dictated number without ending it */
    private static final Set<String> FILLERS = Set.of("lol", "mdr", "ptdr", "xd", "haha", "hahaha", "ahah", "hihi",
            "et", "puis", "then", "and", "euh", "heu", "hum", "hm", "bref", "voila", "ok", "oki", "okay", "stp", "svp",
            "pls", "plz", "tiret", "espace", "space", "dash", "point", "dot", "slash", "virgule", "comma");

    void detect(NormalizedText text, List<Finding> out) {
        List<Token> words = text.words();
        String folded = text.folded().text();
        String[] canonical = new String[words.size()];
        for (int i = 0; i < canonical.length; i++) {
            canonical[i] = words.get(i).text();
        }
        List<NumberPiece> run = new ArrayList<>();
        List<NumberPiece> pieces = new ArrayList<>(4);
        int fillers = 0;
        int i = 0;
        while (i < words.size()) {
            pieces.clear();
            int next = pieces(words, canonical, folded, i, pieces);
            if (pieces.isEmpty()) {
                if (!run.isEmpty() && FILLERS.contains(canonical[i]) && fillers < MAX_FILLERS) {
                    fillers++;
                } else {
                    flush(text, run, out);
                    fillers = 0;
                }
                i++;
                continue;
            }
            for (NumberPiece p : pieces) {
                if (p == null) {
                    flush(text, run, out);
                } else {
                    if (!run.isEmpty() && !joins(folded, run.get(run.size() - 1), p)) {
                        flush(text, run, out);
                    }
                    run.add(p);
                }
                fillers = 0;
            }
            i = next;
        }
        flush(text, run, out);
    }

    /** Adds the number pieces of word {@code i} (null for a break inside a word) and returns the next word to read. */
    private static int pieces(List<Token> words, String[] canonical, String folded, int i, List<NumberPiece> out) {
        Token token = words.get(i);
        String raw = folded.substring(token.foldedStart(), token.foldedEnd());
        int digits = countDigits(raw);
        if (digits == raw.length()) {
            out.add(new NumberPiece(raw, token.foldedStart(), token.foldedEnd(), digits));
            return i + 1;
        }
        if (raw.equals("o")) {
            out.add(new NumberPiece("0", token.foldedStart(), token.foldedEnd(), 0));
            return i + 1;
        }
        if (digits > 0 && isLookalikeNumber(raw, digits)) {
            out.add(new NumberPiece(lookalikesToDigits(raw), token.foldedStart(), token.foldedEnd(), digits));
            return i + 1;
        }
        SpokenNumbers.Reading reading = SpokenNumbers.read(canonical, i);
        if (reading != null) {
            out.add(new NumberPiece(reading.digits(), token.foldedStart(), words.get(reading.end() - 1).foldedEnd(), 0));
            return reading.end();
        }
        if (digits > 0) {
            segments(raw, token.foldedStart(), out);
        }
        return i + 1;
    }

    /** A word mixing number words and digits ("zero6", "tel0612345678"): digits and number words are pieces, other letters a break. */
    private static void segments(String raw, int offset, List<NumberPiece> out) {
        int k = 0;
        while (k < raw.length()) {
            char c = raw.charAt(k);
            int start = k;
            if (isDigit(c)) {
                while (k < raw.length() && isDigit(raw.charAt(k))) {
                    k++;
                }
                out.add(new NumberPiece(raw.substring(start, k), offset + start, offset + k, k - start));
            } else if (Character.isLetter(c)) {
                while (k < raw.length() && Character.isLetter(raw.charAt(k))) {
                    k++;
                }
                String word = WordForms.canonical(raw.substring(start, k));
                SpokenNumbers.Reading reading = SpokenNumbers.read(new String[] {word}, 0);
                out.add(reading == null ? null : new NumberPiece(reading.digits(), offset + start, offset + k, 0));
            } else {
                k++;
            }
        }
    }

    /** Whether two pieces belong to the same number: only punctuation, emojis or filler words between them. */
    private static boolean joins(String folded, NumberPiece previous, NumberPiece next) {
        int gap = next.start() - previous.end();
        if (gap > MAX_GAP) {
            return false;
        }
        boolean slashOrDash = false;
        for (int k = previous.end(); k < next.start(); k++) {
            char c = folded.charAt(k);
            if (":=%€$×&#;".indexOf(c) >= 0 || c == '*' && gap == 1) {
                return false;   // times, scores, sums, prices, HTML entities
            }
            slashOrDash |= c == '/' || c == '-';
        }
        if (gap == 1 && (folded.charAt(previous.end()) == ',' || folded.charAt(previous.end()) == '.') && next.length() >= 4
                && next.realDigits() > 0) {
            return false;   // a decimal: "3,14159265"
        }
        return !(slashOrDash && isYear(next)) && !(slashOrDash && isYear(previous));
    }

    private static boolean isYear(NumberPiece p) {
        String d = p.digits();
        return p.realDigits() == 4 && d.length() == 4 && (d.startsWith("19") || d.startsWith("20"));
    }

    private static void flush(NormalizedText text, List<NumberPiece> run, List<Finding> out) {
        String folded = text.folded().text();
        int i = 0;
        while (i < run.size()) {
            boolean plus = plusBefore(folded, run.get(i).start());
            if (!PhoneShape.canStart(run.get(i), plus)) {
                i++;
                continue;
            }
            int best = -1;
            int digits = 0;
            for (int j = i; j < run.size() && digits + run.get(j).length() <= MAX_DIGITS; j++) {
                digits += run.get(j).length();
                if (digits >= 9 && PhoneShape.isPhone(run.subList(i, j + 1), plus)) {
                    best = j;
                }
            }
            if (best < 0) {
                i++;
                continue;
            }
            best = run.size() - 1;   // what follows in the same run is masked too: no digit of it may leak
            int from = run.get(i).start();
            if (plus) {
                from = folded.lastIndexOf('+', from);
            }
            out.add(new Finding(ContactRules.PHONE, text.folded().toOriginalStart(from),
                    text.folded().toOriginalEnd(run.get(best).end())));
            i = best + 1;
        }
        run.clear();
    }

    private static boolean plusBefore(String folded, int start) {
        int k = start - 1;
        if (k >= 0 && folded.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && folded.charAt(k) == '+';
    }

    /** Digits with letters that look like digits ("O6", "l2", "S6", "o6l2345678"), real digits at least as many. */
    private static boolean isLookalikeNumber(String raw, int digits) {
        if (raw.length() > 2 * digits) {
            return false;
        }
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (!isDigit(c) && lookalike(c) == 0) {
                return false;
            }
        }
        return true;
    }

    private static String lookalikesToDigits(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            sb.append(isDigit(c) ? c : lookalike(c));
        }
        return sb.toString();
    }

    private static char lookalike(char c) {
        return switch (c) {
            case 'o' -> '0';
            case 'i', 'l' -> '1';
            case 'z' -> '2';
            case 's' -> '5';
            case 'b' -> '8';
            case 'g' -> '9';
            default -> 0;
        };
    }

    private static int countDigits(String raw) {
        int n = 0;
        for (int k = 0; k < raw.length(); k++) {
            if (isDigit(raw.charAt(k))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
