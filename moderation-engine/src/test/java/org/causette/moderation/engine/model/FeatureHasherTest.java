package org.causette.moderation.engine.model;

import org.causette.moderation.engine.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureHasherTest {

    private final FeatureHasher cut = new FeatureHasher(16);
    private final TextNormalizer normalizer = new TextNormalizer();

    private Set<Integer> buckets(String text) {
        Set<Integer> out = new HashSet<>();
        Arrays.stream(cut.features(normalizer.normalize(text)).indices()).forEach(out::add);
        return out;
    }

    @Test
    void obfuscatedSpellingsShareTheFeaturesOfThePlainWord() {
        Set<Integer> plain = buckets("connard");
        assertEquals(plain, buckets("CONNNARD"));
        assertEquals(plain, buckets("c0nn4rd"));
        Set<Integer> separated = buckets("c.o.n.n.a.r.d");
        assertTrue(separated.containsAll(plain) || separated.stream().filter(plain::contains).count() >= plain.size() - 2,
                "glued letters give back the word's n-grams: " + separated.size());
    }

    @Test
    void isDeterministicBoundedAndOfUnitLength() {
        HashedFeatures a = cut.features(normalizer.normalize("T'es qu'une sale menteuse, tout le monde le sait"));
        HashedFeatures b = cut.features(normalizer.normalize("T'es qu'une sale menteuse, tout le monde le sait"));
        assertArrayEquals(a.indices(), b.indices());
        assertTrue(Arrays.stream(a.indices()).allMatch(i -> i >= 0 && i < cut.dimension()));
        double norm = 0;
        for (float v : a.values()) {
            norm += v * v;
        }
        assertEquals(1.0, norm, 1e-5);
    }

    @Test
    void capsTheWorkOnAWallOfText() {
        HashedFeatures wall = cut.features(normalizer.normalize("bla ".repeat(5000)));
        assertTrue(wall.size() < FeatureHasher.MAX_WORDS * 20, "features: " + wall.size());
        HashedFeatures longWord = cut.features(normalizer.normalize("a".repeat(3) + "bcdefghijk".repeat(1000)));
        assertTrue(longWord.size() < 3 * (FeatureHasher.MAX_GRAM_WORD + 2) + 2, "features: " + longWord.size());
        HashedFeatures spaced = cut.features(normalizer.normalize("s a l e ".repeat(2000)));
        assertTrue(spaced.size() < 2 * FeatureHasher.MAX_WORDS * (3 * (FeatureHasher.MAX_GRAM_WORD + 2) + 2), "features: " + spaced.size());
    }
}
