package org.causette.moderation.engine.normalize;

/**
 * One word for matching: {@code text} is decoded (leetspeak) and squeezed (no doubled letters);
 * {@code foldedStart}/{@code foldedEnd} locate it in the folded text, {@code joined} tells it was glued
 * from pieces split by separators ("p.d", "s a l o p e").
 */
public record Token(String text, int foldedStart, int foldedEnd, boolean joined) {
}
