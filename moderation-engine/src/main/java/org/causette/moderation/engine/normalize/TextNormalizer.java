package org.causette.moderation.engine.normalize;

import java.util.List;

/** Entry point of normalisation; thread-safe. */
public final class TextNormalizer {

    private final TextFolder folder = new TextFolder();
    private final Tokenizer tokenizer = new Tokenizer();
    private final TokenJoiner joiner = new TokenJoiner();

    /**
     * @param splitCamelCase also cut words at lower-to-upper and letter-digit changes ("SalePute93"),
     *                       meant for nicknames and room names
     */
    public NormalizedText normalize(String original, boolean splitCamelCase) {
        FoldedText folded = folder.fold(original);
        List<Token> words = tokenizer.words(folded, splitCamelCase);
        List<Token> collapsed = joiner.join(folded, words);
        boolean anyJoined = collapsed.size() != words.size();
        return new NormalizedText(original, folded, words, anyJoined ? collapsed : words);
    }

    public NormalizedText normalize(String original) {
        return normalize(original, false);
    }

    /** Canonical form of one lexicon word, computed exactly as for message words. */
    public String canonicalWord(String word) {
        return WordForms.canonical(folder.fold(word).text());
    }
}
