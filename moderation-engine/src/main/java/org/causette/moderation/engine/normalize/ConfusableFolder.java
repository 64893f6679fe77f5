package org.causette.moderation.engine.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps one non-ASCII letter or digit to plain ASCII when it is a lookalike (Cyrillic "а", Greek "ο", "ø", "é"...),
 * using the UTS #39 skeletons built into ICU4J. Letters of other scripts with no ASCII lookalike are kept. ASCII
 * letters keep their case.
 */
public final class ConfusableFolder {

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private final SpoofChecker spoofChecker = new SpoofChecker.Builder().build();
    private final ConcurrentHashMap<Integer, String> cache = new ConcurrentHashMap<>();

    public String fold(int codePoint) {
        return cache.computeIfAbsent(codePoint, this::computeFold);
    }

    private String computeFold(int cp) {
        switch (cp) {
            case 'œ': return "oe";
            case 'æ': return "ae";
            case 'ß': return "ss";
            case 'ø': return "o";
            case 'ł': return "l";
            case 'đ': return "d";
            case 'ı': return "i";
            default: break;
        }
        if (UCharacter.isDigit(cp)) {
            int value = UCharacter.digit(cp, 10);
            if (value >= 0) {
                return Integer.toString(value);
            }
        }
        String withoutMarks = stripMarks(NFD.normalize(new String(Character.toChars(cp))));
        if (isAsciiAlnum(withoutMarks)) {
            return withoutMarks;
        }
        String skeleton = stripMarks(NFD.normalize(spoofChecker.getSkeleton(new String(Character.toChars(cp)))));
        String lower = UCharacter.toLowerCase(skeleton);
        if (isAsciiAlnum(lower)) {
            return lower;
        }
        return withoutMarks.isEmpty() ? new String(Character.toChars(cp)) : withoutMarks;
    }

    private static String stripMarks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> UCharacter.getType(c) != UCharacter.NON_SPACING_MARK
                        && UCharacter.getType(c) != UCharacter.ENCLOSING_MARK
                        && UCharacter.getType(c) != UCharacter.COMBINING_SPACING_MARK)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isAsciiAlnum(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
