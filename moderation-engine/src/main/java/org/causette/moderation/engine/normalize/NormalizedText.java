package org.causette.moderation.engine.normalize;

import java.util.List;

/**
 * A message ready for matching. The original stays untouched as evidence; {@code words} is the word-level view,
 * {@code collapsed} the separator-collapsed view (same as {@code words} when nothing was glued).
 */
public record NormalizedText(String original, FoldedText folded, List<Token> words, List<Token> collapsed) {

    public boolean hasCollapsedView() {
        return collapsed != words;
    }

    public int originalStart(Token token) {
        return folded.toOriginalStart(token.foldedStart());
    }

    public int originalEnd(Token token) {
        return folded.toOriginalEnd(token.foldedEnd());
    }
}
