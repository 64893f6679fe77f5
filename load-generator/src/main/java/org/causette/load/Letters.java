package org.causette.load;

/**
 * Numbers written with letters only: a timestamp in digits would look like a phone number to the contact shield
 * and be masked.
 */
final class Letters {
    private Letters() {
    }

    static String encode(long value) {
        var out = new StringBuilder();
        do {
            out.append((char) ('a' + (value % 26)));
            value /= 26;
        } while (value > 0);
        return out.toString();
    }

    static long decode(String letters) {
        long value = 0;
        for (int i = letters.length() - 1; i >= 0; i--) {
            value = value * 26 + (letters.charAt(i) - 'a');
        }
        return value;
    }
}
