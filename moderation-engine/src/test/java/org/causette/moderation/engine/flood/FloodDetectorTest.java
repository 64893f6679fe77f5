package org.causette.moderation.engine.flood;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FloodDetectorTest {

    private final FloodDetector cut = new FloodDetector(100, 3, Duration.ofSeconds(10), 1, Duration.ofMinutes(1));
    private final Instant t = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void detectsRepeatedText() {
        assertEquals(FloodDetector.Flood.NONE, cut.record("s", "hello", t));
        assertEquals(FloodDetector.Flood.REPEATED, cut.record("s", "hello", t.plusSeconds(5)));
        assertEquals(FloodDetector.Flood.NONE, cut.record("s", "hello", t.plusSeconds(200)));
    }

    @Test
    void detectsRate() {
        for (int i = 0; i < 3; i++) {
            assertEquals(FloodDetector.Flood.NONE, cut.record("r", "m" + i, t.plusSeconds(i)));
        }
        assertEquals(FloodDetector.Flood.RATE, cut.record("r", "m3", t.plusSeconds(3)));
        assertEquals(FloodDetector.Flood.NONE, cut.record("other", "m3", t.plusSeconds(3)));
    }
}
