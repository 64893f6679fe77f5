package org.causette.moderation.engine.contacts;

import java.util.List;

/**
 * Tells whether consecutive number pieces look like a French or Belgian phone number (or an international one):
 * what keeps prices, dates, scores, decimals ("3,14159265") and lists of years from being taken for phone numbers.
 */
final class PhoneShape {

    private static final int MIN_REAL_DIGITS_WITH_LOOKALIKES = 6;

    private PhoneShape() {
    }

    /** Whether a phone number may start with this piece: a cheap test that spares trying every stretch of a long run. */
    static boolean canStart(NumberPiece first, boolean withPlus) {
        char c = first.digits().charAt(0);
        return withPlus || c == '0' || c == '3' || c == '6' || c == '7'
                || c != '1' && (first.length() == 3 || first.length() == 10);
    }

    /**
     * @param pieces   the candidate number, in order
     * @param withPlus a '+' stands before the first piece
     */
    static boolean isPhone(List<NumberPiece> pieces, boolean withPlus) {
        StringBuilder sb = new StringBuilder(16);
        int real = 0;
        for (NumberPiece p : pieces) {
            sb.append(p.digits());
            real += p.realDigits();
        }
        String d = sb.toString();
        int n = d.length();
        if (real < n && real < MIN_REAL_DIGITS_WITH_LOOKALIKES && hasLookalikes(pieces)) {
            return false;
        }
        if (isCounting(pieces)) {
            return false;
        }
        if (withPlus) {
            return n >= 9 && n <= 15 && d.charAt(0) != '0';
        }
        if (d.startsWith("00")) {
            return n >= 11 && n <= 15 && d.charAt(2) != '0';
        }
        if (d.charAt(0) == '0') {
            return n >= 9 && n <= 11 && d.charAt(1) != '0';
        }
        if ((d.startsWith("33") || d.startsWith("32")) && n >= 10 && n <= 12) {
            return d.charAt(2) != '0' || n >= 11;
        }
        if (n == 10 && d.charAt(0) != '1' && isNorthAmerican(pieces)) {
            return true;
        }
        // a mobile number written without its leading zero: "6 12 34 56 78"
        return n == 9 && (d.charAt(0) == '6' || d.charAt(0) == '7') && pieces.size() == 5 && pieces.get(0).length() == 1;
    }

    /** "3136139299", "313 613 9299": ten digits in one piece or grouped 3-3-4 */
    private static boolean isNorthAmerican(List<NumberPiece> pieces) {
        if (pieces.size() == 1) {
            return pieces.get(0).realDigits() == 10;
        }
        return pieces.size() == 3 && pieces.get(0).length() == 3 && pieces.get(1).length() == 3 && pieces.get(2).length() == 4;
    }

    /** "0, 1, 2, 3, 4, 5, 6, 7, 8, 9", "01 02 03 04 05": counting, not dialling */
    private static boolean isCounting(List<NumberPiece> pieces) {
        if (pieces.size() < 4) {
            return false;
        }
        int step = 0;
        for (int k = 1; k < pieces.size(); k++) {
            String a = pieces.get(k - 1).digits();
            String b = pieces.get(k).digits();
            if (a.length() > 4 || b.length() > 4) {
                return false;
            }
            int difference = Integer.parseInt(b) - Integer.parseInt(a);
            if (Math.abs(difference) != 1 || step != 0 && difference != step) {
                return false;
            }
            step = difference;
        }
        return true;
    }

    private static boolean hasLookalikes(List<NumberPiece> pieces) {
        for (NumberPiece p : pieces) {
            if (p.realDigits() > 0 && p.realDigits() < p.length()) {
                return true;
            }
        }
        return false;
    }
}
