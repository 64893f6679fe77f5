package org.causette.moderation.engine.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * Folds a text for matching: NFKC with case folding, invisible and bidi control characters removed,
 * accents stripped, lookalike letters mapped to ASCII, typographic apostrophes unified. Keeps an offset map
 * so that matches can be reported (and masked) on the original text.
 */
public final class TextFolder {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private final ConfusableFolder confusables = new ConfusableFolder();

    public FoldedText fold(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n + 8);
        int[] start = new int[n + 8];
        int[] end = new int[n + 8];
        boolean[] upper = new boolean[n + 8];
        int i = 0;
        while (i < n) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!isInvisible(cp)) {
                boolean isUpper = UCharacter.isUUppercase(cp) || UCharacter.isTitleCase(cp);
                String folded = foldCodePoint(cp);
                for (int k = 0; k < folded.length(); k++) {
                    if (out.length() == start.length) {
                        start = grow(start);
                        end = grow(end);
                        upper = grow(upper);
                    }
                    start[out.length()] = i;
                    end[out.length()] = next;
                    upper[out.length()] = isUpper && k == 0;
                    out.append(folded.charAt(k));
                }
            }
            i = next;
        }
        int len = out.length();
        return new FoldedText(out.toString(), java.util.Arrays.copyOf(start, len), java.util.Arrays.copyOf(end, len),
                java.util.Arrays.copyOf(upper, len));
    }

    private String foldCodePoint(int cp) {
        if (cp < 128) {
            return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : String.valueOf((char) cp);
        }
        switch (cp) {
            case '\u2019': case '\u2018': case '\u02BC': case '\u00B4': case '`': case '\u2032':
                return "'";
            case '\u00A0': case '\u202F': case '\u2007':
                return " ";
            default: break;
        }
        String nfkc = NFKC_CASEFOLD.normalize(new String(Character.toChars(cp)));
        StringBuilder sb = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(c -> {
            if (c < 128) {
                sb.append((char) c);
            } else if (UCharacter.getType(c) == UCharacter.NON_SPACING_MARK || UCharacter.getType(c) == UCharacter.ENCLOSING_MARK) {
                // accents are dropped: "pédé" and "pede" must match alike
            } else if (UCharacter.isLetterOrDigit(c)) {
                sb.append(confusables.fold(c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static boolean isInvisible(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacter.FORMAT
                || type == UCharacter.NON_SPACING_MARK && cp >= 0xFE00 && cp <= 0xFE0F
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.hasBinaryProperty(cp, UProperty.BIDI_CONTROL);
    }

    private static int[] grow(int[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2);
    }

    private static boolean[] grow(boolean[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2);
    }
}
