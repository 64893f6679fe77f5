package org.causette.moderation.engine.flood;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FloodDetectorTest {

    private final FloodDetector cut = new FloodDetector(100,
            new FloodLimits(3, Duration.ofSeconds(10), 1, Duration.ofMinutes(1), 2, 6, Duration.ofMinutes(1), 5));

    private static FloodDetector.Sent text(String folded) {
        return new FloodDetector.Sent(folded, false, 0);
    }

    private static long seconds(long s) {
        return s * 1000;
    }

    @Test
    void detectsRepeatedText() {
        assertEquals(FloodDetector.Flood.NONE, cut.record("s", text("hello"), 0));
        assertEquals(FloodDetector.Flood.REPEATED, cut.record("s", text("hello"), seconds(5)));
        assertEquals(FloodDetector.Flood.NONE, cut.record("s", text("hello"), seconds(200)));
    }

    @Test
    void detectsRate() {
        for (int i = 0; i < 3; i++) {
            assertEquals(FloodDetector.Flood.NONE, cut.record("r", text("m" + i), seconds(i)));
        }
        assertEquals(FloodDetector.Flood.RATE, cut.record("r", text("m3"), seconds(3)));
        assertEquals(FloodDetector.Flood.NONE, cut.record("other", text("m3"), seconds(3)));
    }

    @Test
    void detectsABurstOfLinksButNotLinksFarApart() {
        assertEquals(FloodDetector.Flood.NONE, cut.record("l", new FloodDetector.Sent("a", true, 0), 0));
        assertEquals(FloodDetector.Flood.NONE, cut.record("l", new FloodDetector.Sent("b", true, 0), seconds(20)));
        assertEquals(FloodDetector.Flood.NONE, cut.record("l", text("no link"), seconds(25)));
        assertEquals(FloodDetector.Flood.LINKS, cut.record("l", new FloodDetector.Sent("c", true, 0), seconds(30)));
        assertEquals(FloodDetector.Flood.NONE, cut.record("l", new FloodDetector.Sent("d", true, 0), seconds(200)));
    }

    @Test
    void detectsMentionsSpreadOverMessages() {
        assertEquals(FloodDetector.Flood.NONE, cut.record("m", new FloodDetector.Sent("a", false, 3), 0));
        assertEquals(FloodDetector.Flood.NONE, cut.record("m", new FloodDetector.Sent("b", false, 3), seconds(10)));
        assertEquals(FloodDetector.Flood.MENTIONS, cut.record("m", new FloodDetector.Sent("c", false, 2), seconds(20)));
        assertEquals(FloodDetector.Flood.NONE, cut.record("m", text("sans mention"), seconds(21)));
    }
}
