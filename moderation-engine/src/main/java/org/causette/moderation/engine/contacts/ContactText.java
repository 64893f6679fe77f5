package org.causette.moderation.engine.contacts;

import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.normalize.WordForms;

import java.util.Set;

/**
 * The folded text as the contact patterns read it: characters spaced out one by one are glued back
 * ("s n a p : m a x 2 0 1 0" reads "snap : max2010", "s-n-a-p" reads "snap") and app names in leetspeak are decoded
 * ("sn@p", "1nsta", "wh4tsapp"). Each char remembers the folded span it comes from, so matches map back to the
 * original text.
 */
final class ContactText {

    private static final Set<String> APP_NAMES = Set.of("snap", "snapchat", "insta", "instagram", "tiktok", "whatsap",
            "whatsapp", "telegram", "discord", "kik", "facebook", "twitter", "skype", "twitch", "onlyfans", "signal",
            "messenger", "viber", "wechat", "bereal", "threads");
    private static final int MIN_SPACED = 3;
    private static final String GHOST = "\uD83D\uDC7B";

    private final NormalizedText source;
    private final String text;
    private final int[] foldedStart;
    private final int[] foldedEnd;

    private ContactText(NormalizedText source, String text, int[] foldedStart, int[] foldedEnd) {
        this.source = source;
        this.text = text;
        this.foldedStart = foldedStart;
        this.foldedEnd = foldedEnd;
    }

    static ContactText of(NormalizedText source) {
        String folded = source.folded().text();
        if (!needsRewriting(folded)) {
            return new ContactText(source, folded, null, null);
        }
        Builder glued = new Builder(folded.length());
        int n = folded.length();
        int i = 0;
        while (i < n) {
            int end = spacedRunEnd(folded, i);
            if (end > i) {
                for (int k = i; k < end; k++) {
                    if (Character.isLetterOrDigit(folded.charAt(k))) {
                        glued.append(folded.charAt(k), k, k + 1);
                    }
                }
                i = end;
            } else {
                glued.append(folded.charAt(i), i, i + 1);
                i++;
            }
        }
        return decodeAppNames(source, glued);
    }

    String text() {
        return text;
    }

    int originalStart(int i) {
        return source.folded().toOriginalStart(foldedStart == null ? i : foldedStart[i]);
    }

    int originalEnd(int i) {
        return source.folded().toOriginalEnd(foldedEnd == null ? i : foldedEnd[i - 1]);
    }

    /** Most messages have neither letters spaced out nor leetspeak: they are read as they are. */
    private static boolean needsRewriting(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("@$!|€\uD83D".indexOf(c) >= 0 || isDigitNextToLetter(folded, i) || isSingle(folded, i) && spacedRunEnd(folded, i) > i) {
                return true;
            }
        }
        return false;
    }

    /** End of a run of at least three single characters starting at {@code i} ("m a x 2 0 1 0"), or {@code i}. */
    private static int spacedRunEnd(String s, int i) {
        if (!isSingle(s, i)) {
            return i;
        }
        int count = 1;
        int last = i;
        int k = i + 1;
        while (true) {
            int gap = 0;
            while (k < s.length() && gap < 2 && " .-_*·•".indexOf(s.charAt(k)) >= 0) {
                k++;
                gap++;
            }
            if (gap == 0 || !isSingle(s, k)) {
                break;
            }
            last = k;
            count++;
            k++;
        }
        return count >= MIN_SPACED ? last + 1 : i;
    }

    private static boolean isDigitNextToLetter(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9' && (i > 0 && Character.isLetter(s.charAt(i - 1))
                || i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)));
    }

    private static boolean isSingle(String s, int i) {
        return i < s.length() && Character.isLetterOrDigit(s.charAt(i))
                && (i == 0 || !isWordChar(s.charAt(i - 1)))
                && (i + 1 == s.length() || !isWordChar(s.charAt(i + 1)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$' || c == '€' || c == '\'';
    }

    private static ContactText decodeAppNames(NormalizedText source, Builder in) {
        String s = in.text.toString();
        Builder out = new Builder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith(GHOST, i)) {
                // the ghost is how Snapchat is named without a word: "👻: max2010", "ajoute moi 👻"
                for (char c : " snap ".toCharArray()) {
                    out.append(c, in.start[i], in.end[i + 1]);
                }
                i += GHOST.length();
                continue;
            }
            if (!isLeetWordChar(s.charAt(i))) {
                out.append(s.charAt(i), in.start[i], in.end[i]);
                i++;
                continue;
            }
            int j = i;
            boolean leet = false;
            while (j < s.length() && isLeetWordChar(s.charAt(j))) {
                leet |= !(s.charAt(j) >= 'a' && s.charAt(j) <= 'z');
                j++;
            }
            String word = leet ? WordForms.canonical(s.substring(i, j)) : null;
            if (word != null && APP_NAMES.contains(word)) {
                for (int k = 0; k < word.length(); k++) {
                    out.append(word.charAt(k), in.start[i], in.end[j - 1]);
                }
            } else {
                for (int k = i; k < j; k++) {
                    out.append(s.charAt(k), in.start[k], in.end[k]);
                }
            }
            i = j;
        }
        return new ContactText(source, out.text.toString(), out.start, out.end);
    }

    private static boolean isLeetWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '@' || c == '$' || c == '!' || c == '|' || c == '€';
    }

    private static final class Builder {
        private final StringBuilder text;
        private int[] start;
        private int[] end;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            start = new int[capacity + 16];
            end = new int[capacity + 16];
        }

        void append(char c, int from, int to) {
            if (text.length() == start.length) {
                start = java.util.Arrays.copyOf(start, start.length * 2);
                end = java.util.Arrays.copyOf(end, end.length * 2);
            }
            start[text.length()] = from;
            end[text.length()] = to;
            text.append(c);
        }
    }
}
