package org.causette.moderation.engine.contacts;

import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.normalize.Token;
import org.causette.moderation.engine.rules.Finding;

import java.util.List;

/**
 * Finds phone numbers however they are written: "06 12 34 56 78", "+33 6.12.34.56.78", "0475/12.34.56",
 * "zéro six douze trente-quatre ...", "o6l2345678", mixes of digits and words. Consecutive digits and number words
 * separated only by spaces or punctuation form one run; a run of 9 to 15 digits is a phone number (French and
 * Belgian numbers have 9 or 10 digits without the country code, international ones up to 15).
 */
final class PhoneNumberDetector {

    private static final int MIN_DIGITS = 9;
    private static final int MAX_DIGITS = 15;
    private static final int MAX_SEPARATOR = 4;

    void detect(NormalizedText text, List<Finding> out) {
        List<Token> words = text.words();
        String folded = text.folded().text();
        String[] canonical = new String[words.size()];
        for (int i = 0; i < canonical.length; i++) {
            canonical[i] = words.get(i).text();
        }
        StringBuilder digits = new StringBuilder();
        int runStart = -1;
        int runEnd = -1;
        int i = 0;
        while (i < words.size()) {
            Token token = words.get(i);
            String unit = null;
            int next = i + 1;
            String raw = folded.substring(token.foldedStart(), token.foldedEnd());
            if (isDigitsWithLookalikes(raw)) {
                unit = raw.replace('o', '0').replace('l', '1').replace('i', '1');
            } else {
                SpokenNumbers.Reading reading = SpokenNumbers.read(canonical, i);
                if (reading != null) {
                    unit = reading.digits();
                    next = reading.end();
                }
            }
            boolean continues = unit != null && runStart >= 0 && isSeparator(folded, runEnd, token.foldedStart());
            if (!continues) {
                flush(text, digits, runStart, runEnd, out);
                digits.setLength(0);
                runStart = unit != null ? token.foldedStart() : -1;
            }
            if (unit != null) {
                digits.append(unit);
                runEnd = words.get(next - 1).foldedEnd();
            }
            i = next;
        }
        flush(text, digits, runStart, runEnd, out);
    }

    private static void flush(NormalizedText text, StringBuilder digits, int start, int end, List<Finding> out) {
        if (start < 0 || digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            return;
        }
        int from = start;
        String folded = text.folded().text();
        if (from > 0 && folded.charAt(from - 1) == '+') {
            from--;
        }
        out.add(new Finding(ContactRules.PHONE, text.folded().toOriginalStart(from), text.folded().toOriginalEnd(end)));
    }

    /** Digits, possibly with letters that look like digits (o, l, i) as long as real digits dominate. */
    private static boolean isDigitsWithLookalikes(String raw) {
        int digits = 0;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != 'o' && c != 'l' && c != 'i') {
                return false;
            }
        }
        return digits > 0 && digits * 2 > raw.length();
    }

    private static boolean isSeparator(String folded, int from, int to) {
        if (to - from > MAX_SEPARATOR) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (" .-_/()+,*:\t".indexOf(folded.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }
}
