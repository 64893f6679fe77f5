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

    /**
     * A name read with leet digits kept inside their words ("N1gg3r" as one word), where {@link #normalize} with
     * camel-case splitting cuts at every digit ("KKK4ever", "Kevin93"); null when both read the same words.
     */
    public NormalizedText leetNameReading(String original) {
        FoldedText folded = folder.fold(original);
        List<Token> cut = tokenizer.words(folded, true, false);
        List<Token> words = tokenizer.words(folded, true, true);
        if (words.size() == cut.size()) {
            return null;
        }
        List<Token> collapsed = joiner.join(folded, words);
        return new NormalizedText(original, folded, words, collapsed.size() != words.size() ? collapsed : words);
    }

    public NormalizedText normalize(String original) {
        return normalize(original, false);
    }

    /** Canonical form of one lexicon word, computed exactly as for message words. */
    public String canonicalWord(String word) {
        return WordForms.canonical(folder.fold(word).text());
    }

    /** A word as written: folded and leetspeak decoded like {@link #canonicalWord}, doubled letters kept. */
    public String writtenWord(String word) {
        return WordForms.decodeLeet(folder.fold(word).text());
    }
}
