package org.causette.moderation.engine.contacts;

import java.util.Map;

/**
 * Reads numbers written as words, the way phone numbers are dictated in French (by pairs: "zéro six, douze,
 * soixante-dix-huit", Belgian "septante", "nonante") and in English digit by digit. Words are canonical
 * (accents removed, doubled letters squeezed: "three" is "thre").
 */
final class SpokenNumbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("un", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("neuf", 9),
            Map.entry("oh", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("thre", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));
    private static final Map<String, Integer> TEENS = Map.of("dix", 10, "onze", 11, "douze", 12, "treize", 13,
            "quatorze", 14, "quinze", 15, "seize", 16);
    private static final Map<String, Integer> TENS = Map.of("vingt", 20, "trente", 30, "quarante", 40,
            "cinquante", 50, "soixante", 60, "septante", 70, "huitante", 80, "octante", 80, "nonante", 90);

    /** A number read from words {@code [start, end)}: its digits as dictated ("6" for "six", "78" for "soixante-dix-huit"). */
    record Reading(String digits, int end) {
    }

    /** @return the number starting at word {@code i}, or null when word {@code i} is not a number word */
    static Reading read(String[] words, int i) {
        String w = words[i];
        int value;
        int next;
        if (w.equals("quatre") && i + 1 < words.length && (words[i + 1].equals("vingt") || words[i + 1].equals("vingts"))) {
            value = 80;
            next = i + 2;
        } else if (TENS.containsKey(w)) {
            value = TENS.get(w);
            next = i + 1;
        } else if (TEENS.containsKey(w)) {
            Reading teen = teen(words, i);
            return new Reading(Integer.toString(Integer.parseInt(teen.digits())), teen.end());
        } else if (UNITS.containsKey(w)) {
            return new Reading(Integer.toString(UNITS.get(w)), i + 1);
        } else {
            return null;
        }
        if (next < words.length && words[next].equals("et")) {
            next++;
        }
        if ((value == 60 || value == 80) && next < words.length && TEENS.containsKey(words[next])) {
            Reading teen = teen(words, next);
            return new Reading(Integer.toString(value + Integer.parseInt(teen.digits())), teen.end());
        }
        if (next < words.length && UNITS.containsKey(words[next]) && UNITS.get(words[next]) > 0 && isFrenchUnit(words[next])) {
            return new Reading(Integer.toString(value + UNITS.get(words[next])), next + 1);
        }
        return new Reading(Integer.toString(value), words[next - 1].equals("et") ? next - 1 : next);
    }

    private static Reading teen(String[] words, int i) {
        int value = TEENS.get(words[i]);
        if (value == 10 && i + 1 < words.length && UNITS.containsKey(words[i + 1])) {
            int unit = UNITS.get(words[i + 1]);
            if (unit >= 7 && isFrenchUnit(words[i + 1])) {
                return new Reading(Integer.toString(10 + unit), i + 2);
            }
        }
        return new Reading(Integer.toString(value), i + 1);
    }

    private static boolean isFrenchUnit(String w) {
        return switch (w) {
            case "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf" -> true;
            default -> false;
        };
    }
}
