package org.causette.moderation.engine.contacts;

import java.util.Map;
import java.util.Set;

/**
 * Reads numbers written as words, the way phone numbers are dictated: in French by pairs ("zéro six, douze,
 * soixante-dix-huit", Belgian "septante", "nonante", "quatre cent septante-cinq") and in English digit by digit or
 * by pairs ("oh four, seventy-five", "double seven"). Words are canonical (accents removed, doubled letters squeezed: "three" is
 * "thre", "fifteen" is "fiften").
 */
final class SpokenNumbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("un", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("neuf", 9),
            Map.entry("oh", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("thre", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));
    private static final Set<String> FRENCH_UNITS = Set.of("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf");
    private static final Set<String> ENGLISH_UNITS = Set.of("one", "two", "thre", "four", "five", "six", "seven", "eight", "nine");
    private static final Map<String, Integer> TEENS = Map.ofEntries(Map.entry("dix", 10), Map.entry("onze", 11),
            Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14), Map.entry("quinze", 15),
            Map.entry("seize", 16), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirten", 13), Map.entry("fourten", 14), Map.entry("fiften", 15), Map.entry("sixten", 16),
            Map.entry("seventen", 17), Map.entry("eighten", 18), Map.entry("nineten", 19));
    private static final Map<String, Integer> TENS = Map.of("vingt", 20, "trente", 30, "quarante", 40,
            "cinquante", 50, "soixante", 60, "septante", 70, "huitante", 80, "octante", 80, "nonante", 90);
    private static final Map<String, Integer> ENGLISH_TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
            "fourty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Set<String> HUNDRED = Set.of("cent", "cents", "hundred");

    /** A number read from words {@code [start, end)}: its digits as dictated ("6" for "six", "78" for "soixante-dix-huit"). */
    record Reading(String digits, int end) {
    }

    /** @return the number starting at word {@code i}, or null when word {@code i} is not a number word */
    static Reading read(String[] words, int i) {
        String w = words[i];
        if ((w.equals("double") || w.equals("triple")) && i + 1 < words.length && UNITS.containsKey(words[i + 1])) {
            return new Reading(String.valueOf(UNITS.get(words[i + 1])).repeat(w.equals("double") ? 2 : 3), i + 2);
        }
        int hundreds = 0;
        int at = i;
        if (HUNDRED.contains(w)) {
            hundreds = 100;
            at = i + 1;
        } else if (UNITS.containsKey(w) && UNITS.get(w) > 1 && i + 1 < words.length && HUNDRED.contains(words[i + 1])) {
            hundreds = UNITS.get(w) * 100;
            at = i + 2;
        }
        if (hundreds > 0) {
            Reading rest = at < words.length ? belowHundred(words, at) : null;
            // "quatre cent zéro six" is dictated digit by digit after the hundreds
            if (rest == null || UNITS.get(words[at]) != null && UNITS.get(words[at]) == 0) {
                return new Reading(Integer.toString(hundreds), at);
            }
            return new Reading(Integer.toString(hundreds + Integer.parseInt(rest.digits())), rest.end());
        }
        return belowHundred(words, i);
    }

    private static Reading belowHundred(String[] words, int i) {
        String w = words[i];
        if (ENGLISH_TENS.containsKey(w)) {
            int value = ENGLISH_TENS.get(w);
            if (i + 1 < words.length && ENGLISH_UNITS.contains(words[i + 1])) {
                return new Reading(Integer.toString(value + UNITS.get(words[i + 1])), i + 2);
            }
            return new Reading(Integer.toString(value), i + 1);
        }
        int value;
        int next;
        if (w.equals("quatre") && i + 1 < words.length && (words[i + 1].equals("vingt") || words[i + 1].equals("vingts"))) {
            value = 80;
            next = i + 2;
        } else if (TENS.containsKey(w)) {
            value = TENS.get(w);
            next = i + 1;
        } else if (TEENS.containsKey(w)) {
            return teen(words, i);
        } else if (UNITS.containsKey(w)) {
            return new Reading(Integer.toString(UNITS.get(w)), i + 1);
        } else {
            return null;
        }
        if (next < words.length && words[next].equals("et")) {
            next++;
        }
        if ((value == 60 || value == 80) && next < words.length && TEENS.containsKey(words[next])
                && TEENS.get(words[next]) <= 16) {
            Reading teen = teen(words, next);
            return new Reading(Integer.toString(value + Integer.parseInt(teen.digits())), teen.end());
        }
        if (next < words.length && FRENCH_UNITS.contains(words[next])) {
            return new Reading(Integer.toString(value + UNITS.get(words[next])), next + 1);
        }
        return new Reading(Integer.toString(value), words[next - 1].equals("et") ? next - 1 : next);
    }

    private static Reading teen(String[] words, int i) {
        int value = TEENS.get(words[i]);
        if (value == 10 && words[i].equals("dix") && i + 1 < words.length && FRENCH_UNITS.contains(words[i + 1])) {
            int unit = UNITS.get(words[i + 1]);
            if (unit >= 7) {
                return new Reading(Integer.toString(10 + unit), i + 2);
            }
        }
        return new Reading(Integer.toString(value), i + 1);
    }
}
