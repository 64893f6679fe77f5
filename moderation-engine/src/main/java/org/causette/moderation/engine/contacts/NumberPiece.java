package org.causette.moderation.engine.contacts;

/**
 * A piece of a written number: real digits ("06"), digits with lookalike letters ("O6", "l2", "S6") or number words
 * ("douze", "soixante-dix-huit"), located in the folded text {@code [start, end)}.
 */
record NumberPiece(String digits, int start, int end, int realDigits) {

    int length() {
        return digits.length();
    }
}
