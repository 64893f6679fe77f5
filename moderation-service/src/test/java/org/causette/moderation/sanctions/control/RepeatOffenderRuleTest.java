package org.causette.moderation.sanctions.control;

import org.causette.moderation.sanctions.entity.Sanction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatOffenderRuleTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final RepeatOffenderRule cut = new RepeatOffenderRule(3, Duration.ofDays(30));

    @Test
    void theThirdWarningWithinTheWindowSuspends() {
        assertFalse(cut.suspends(List.of(warn(1), warn(2)), NOW));
        assertTrue(cut.suspends(List.of(warn(1), warn(2), warn(3)), NOW));
    }

    @Test
    void oldOrReversedWarningsDoNotCount() {
        assertFalse(cut.suspends(List.of(warn(1), warn(2), warn(31 * 24 * 60)), NOW));
        var reversed = new Sanction("x", "s", null, "warn", null, "r", "terms:1", "c", "d", "st", "mod",
                NOW.minusSeconds(60), NOW.minusSeconds(30));
        assertFalse(cut.suspends(List.of(warn(1), warn(2), reversed), NOW));
    }

    @Test
    void aSessionAlreadyBannedIsNotSuspendedAgain() {
        var ban = new Sanction("b", "s", null, "ban", NOW.plusSeconds(3600), "r", "dsa:art-23", "c", "d", "st",
                RepeatOffenders.ACTOR, NOW.minusSeconds(10), null);
        assertFalse(cut.suspends(List.of(warn(1), warn(2), warn(3), ban), NOW));
    }

    private static Sanction warn(long minutesAgo) {
        return new Sanction("w" + minutesAgo, "s", null, "warn", null, "r", "terms:1", "c", "d", "st", "mod",
                NOW.minus(Duration.ofMinutes(minutesAgo)), null);
    }
}
