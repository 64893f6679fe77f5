package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.normalize.NormalizedText;

/**
 * Friendly teasing: a message that carries affection or owns up to a joke ({@code banter} sections: « mdr je t'adore »,
 * « jrigole », « t'es mon relou préféré ») or a laughing or loving emoji. Such a message loses the findings of
 * {@code banterable} sections (mild put-downs: « t'es con », « t'es relou »); insults of people's identity, threats,
 * exclusion, body mockery and sexual remarks are never banterable.
 */
final class Banter {

    private static final int[] EMOJIS = {
            0x1F602, 0x1F923, 0x1F639, // tears of joy, rolling on the floor, cat with tears of joy
            0x1F61C, 0x1F61D, 0x1F61B, 0x1F92A, // tongue out, winking or crazy
            0x1F618, 0x1F970, 0x1F60D, 0x1F917, 0x1FAF6, // kiss, hearts around, heart eyes, hug, heart hands
            0x2764, 0x1F495, 0x1F496, 0x1F497, 0x1F49C, 0x1F499, 0x1F49B, 0x1F49A, 0x1F9E1, 0x1F90D, // hearts
    };

    private final PhraseMatcher markers;

    Banter(RuleBook book) {
        this.markers = new PhraseMatcher(book.patterns(RuleKind.BANTER));
    }

    boolean in(NormalizedText text, TokenForms[] words, TokenForms[] collapsed) {
        if (!markers.findAll(words).isEmpty() || collapsed != null && !markers.findAll(collapsed).isEmpty()) {
            return true;
        }
        return text.original().codePoints().anyMatch(Banter::friendlyEmoji);
    }

    private static boolean friendlyEmoji(int codePoint) {
        for (int e : EMOJIS) {
            if (e == codePoint) {
                return true;
            }
        }
        return false;
    }
}
