package org.causette.moderation.engine.normalize;

/**
 * Text after Unicode folding (NFKC, case folding, accents and invisible characters removed, confusables mapped),
 * with, for each folded char, the span of the original text it comes from.
 */
public record FoldedText(String text, int[] originalStart, int[] originalEnd, boolean[] originalUpper) {

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    /** Original start offset of the folded range beginning at {@code foldedStart}. */
    public int toOriginalStart(int foldedStart) {
        return originalStart[foldedStart];
    }

    /** Original end offset (exclusive) of the folded range ending (exclusive) at {@code foldedEnd}. */
    public int toOriginalEnd(int foldedEnd) {
        return originalEnd[foldedEnd - 1];
    }
}
