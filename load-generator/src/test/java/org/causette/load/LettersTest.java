package org.causette.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LettersTest {

    @Test
    void aTimestampSurvivesTheRoundTripWithoutAnyDigit() {
        long now = System.nanoTime();
        var cut = Letters.encode(now);
        assertTrue(cut.chars().allMatch(c -> c >= 'a' && c <= 'z'), cut);
        assertEquals(now, Letters.decode(cut));
        assertEquals(0, Letters.decode(Letters.encode(0)));
    }
}
