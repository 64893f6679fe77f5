package org.causette.moderation.engine.model;

import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.normalize.Token;

import java.util.List;

/**
 * Turns a normalised message into hashed features: canonical word unigrams and bigrams, the words glued back from
 * separated letters ("s a l o p e"), and character 3- to 5-grams inside each padded word ("<conard>"), which carry
 * obfuscated spellings and French/English morphology. Works on the engine's normalised words, so accents, case,
 * confusables, leetspeak and doubled letters are already folded. Thread-safe; no allocation per n-gram.
 */
public final class FeatureHasher {

    static final int WORD = 0x9E3779B1;
    static final int BIGRAM = 0x85EBCA77;
    static final int CHARS = 0xC2B2AE3D;
    static final int JOINED = 0x27D4EB2F;
    /** words beyond this many are ignored: a verdict must stay fast on a pasted wall of text */
    static final int MAX_WORDS = 200;
    /** characters of a word that give character n-grams: a 10,000-letter "word" is not 30,000 features */
    static final int MAX_GRAM_WORD = 40;
    static final int MIN_GRAM = 3;
    static final int MAX_GRAM = 5;

    private final int bits;
    private final int mask;

    public FeatureHasher(int bits) {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("hash bits out of range: " + bits);
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
    }

    public int bits() {
        return bits;
    }

    public int dimension() {
        return 1 << bits;
    }

    public HashedFeatures features(NormalizedText text) {
        List<Token> words = text.words();
        int n = Math.min(words.size(), MAX_WORDS);
        int capacity = 1;
        for (int i = 0; i < n; i++) {
            capacity += 2 + 3 * (Math.min(words.get(i).text().length(), MAX_GRAM_WORD) + 2);
        }
        List<Token> joined = text.hasCollapsedView() ? joined(text.collapsed()) : List.of();
        for (Token t : joined) {
            capacity += 1 + 3 * (Math.min(t.text().length(), MAX_GRAM_WORD) + 2);
        }
        int[] indices = new int[capacity];
        int count = 0;
        indices[count++] = mask & mix(0x5bd1e995); // always-on feature: the model's per-head offset beyond the bias
        String previous = null;
        for (int i = 0; i < n; i++) {
            String w = words.get(i).text();
            indices[count++] = bucket(WORD, w, 0, w.length());
            if (previous != null) {
                indices[count++] = mask & mix(bucket(BIGRAM, previous, 0, previous.length()) * 31 + hash(WORD, w, 0, w.length()));
            }
            count = charGrams(w, indices, count);
            previous = w;
        }
        for (Token t : joined) {
            indices[count++] = bucket(JOINED, t.text(), 0, t.text().length());
            count = charGrams(t.text(), indices, count);
        }
        float value = (float) (1.0 / Math.sqrt(count));
        float[] values = new float[count];
        java.util.Arrays.fill(values, value);
        int[] trimmed = count == indices.length ? indices : java.util.Arrays.copyOf(indices, count);
        return new HashedFeatures(trimmed, values, count);
    }

    private static List<Token> joined(List<Token> collapsed) {
        List<Token> out = new java.util.ArrayList<>();
        for (Token t : collapsed) {
            if (t.joined() && out.size() < MAX_WORDS) {
                out.add(t);
            }
        }
        return out;
    }

    /** n-grams of "&lt;word&gt;" where '&lt;' and '&gt;' stand for the word boundaries (long words: their start). */
    private int charGrams(String word, int[] out, int count) {
        int len = Math.min(word.length(), MAX_GRAM_WORD) + 2;
        for (int size = MIN_GRAM; size <= MAX_GRAM; size++) {
            for (int start = 0; start + size <= len; start++) {
                if (count >= out.length) {
                    return count;
                }
                int h = CHARS + size;
                for (int k = start; k < start + size; k++) {
                    char c = k == 0 ? '<' : k == len - 1 && word.length() <= MAX_GRAM_WORD ? '>' : word.charAt(k - 1);
                    h = (h ^ c) * 0x01000193;
                }
                out[count++] = mask & mix(h);
            }
        }
        return count;
    }

    private int bucket(int seed, String s, int from, int to) {
        return mask & mix(hash(seed, s, from, to));
    }

    private static int hash(int seed, String s, int from, int to) {
        int h = seed;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }

    /** murmur3 finaliser: spreads FNV's low bits over the whole word before masking */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
