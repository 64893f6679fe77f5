package org.causette.gateway.sessions.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Form of a nickname, and the key under which two nicknames count as the same (case and accents ignored). */
public final class NicknameRules {
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_.\\-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NicknameRules() {
    }

    public static boolean isWellFormed(String nickname) {
        if (nickname == null) {
            return false;
        }
        int length = nickname.codePointCount(0, nickname.length());
        return length >= 2 && length <= 24 && ALLOWED.matcher(nickname).matches();
    }

    public static String key(String nickname) {
        var decomposed = Normalizer.normalize(nickname, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
