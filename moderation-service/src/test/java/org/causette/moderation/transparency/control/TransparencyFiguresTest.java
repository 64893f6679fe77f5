package org.causette.moderation.transparency.control;

import org.causette.kit.problems.ProblemException;
import org.causette.moderation.transparency.entity.Facts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransparencyFiguresTest {

    private static final TransparencyFigures.Window JANUARY = TransparencyFigures.window("2026-01-01", "2026-01-31");

    private static Instant at(String s) {
        return Instant.parse(s);
    }

    @Test
    void theWindowIsWholeDaysInParisTime() {
        assertEquals(at("2025-12-31T23:00:00Z"), JANUARY.start());
        assertEquals(at("2026-01-31T23:00:00Z"), JANUARY.end());
        assertTrue(JANUARY.contains(at("2025-12-31T23:00:00Z")));
        assertTrue(!JANUARY.contains(at("2026-01-31T23:00:00Z")));
    }

    @Test
    void badPeriodsAreRefused() {
        assertThrows(ProblemException.class, () -> TransparencyFigures.window("2026-02-01", "2026-01-01"));
        assertThrows(ProblemException.class, () -> TransparencyFigures.window("2026-1-1", "2026-01-31"));
        assertThrows(ProblemException.class, () -> TransparencyFigures.window(null, "2026-01-31"));
    }

    @Test
    void countsNoticesDecisionsAndAppealsOfThePeriodOnly() {
        var notices = List.of(new Facts.Notice("hate", at("2026-01-02T10:00:00Z")),
                new Facts.Notice("hate", at("2026-01-03T10:00:00Z"), true),
                new Facts.Notice("spam", at("2026-01-04T10:00:00Z")),
                new Facts.Notice("spam", at("2026-02-04T10:00:00Z")));
        var decisions = List.of(
                new Facts.Decision("ban", "terms:4.2", false, at("2026-01-02T11:00:00Z"), at("2026-01-02T10:00:00Z")),
                new Facts.Decision("dismiss", "terms:1", false, at("2026-01-03T10:30:00Z"), at("2026-01-03T10:00:00Z")),
                new Facts.Decision("warn", "terms:4.2", false, at("2026-01-05T10:00:00Z"), null),
                new Facts.Decision("block", "terms:community-rules", true, at("2026-01-05T10:00:00Z"), null),
                new Facts.Decision("block", "terms:community-rules", true, at("2026-03-05T10:00:00Z"), null));
        var appeals = List.of(new Facts.Appeal(at("2026-01-03T00:00:00Z"), "reversed", at("2026-01-04T00:00:00Z")),
                new Facts.Appeal(at("2026-01-05T00:00:00Z"), null, null),
                new Facts.Appeal(at("2025-12-20T00:00:00Z"), "upheld", at("2026-01-01T00:00:00Z")));

        var cut = TransparencyFigures.of(JANUARY, notices, decisions, appeals);

        assertEquals(3, cut.notices().total());
        assertEquals(Map.of("hate", 2L, "spam", 1L), cut.notices().byCategory());
        assertEquals(1, cut.notices().fromTrustedFlaggers());
        assertEquals(4, cut.decisions().total());
        assertEquals(1, cut.decisions().automated());
        assertEquals(3, cut.decisions().human());
        assertEquals(Map.of("ban", 1L, "dismiss", 1L, "warn", 1L, "block", 1L), cut.decisions().byAction());
        assertEquals(2L, cut.decisions().byGround().get("terms:4.2"));
        assertEquals(2, cut.handling().decisionsOnNotices());
        assertEquals(2700L, cut.handling().medianSecondsReportToDecision());
        assertEquals(2, cut.appeals().received());
        assertEquals(2, cut.appeals().decided());
        assertEquals(Map.of("reversed", 1L, "upheld", 1L), cut.appeals().byOutcome());
        assertNull(cut.activeUsers());
    }

    @Test
    void anEmptyPeriodHasNoMedian() {
        var cut = TransparencyFigures.of(JANUARY, List.of(), List.of(), List.of());
        assertNull(cut.handling().medianSecondsReportToDecision());
        assertNull(cut.appeals().medianSecondsToDecision());
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(5L, TransparencyFigures.median(List.of(9L, 1L, 5L)));
        assertEquals(3L, TransparencyFigures.median(List.of(1L, 5L, 2L, 4L)));
    }

    @Test
    void csvHasAHeaderAndQuotesWhatNeedsIt() {
        var report = TransparencyFigures.of(JANUARY, List.of(new Facts.Notice("hate", at("2026-01-02T10:00:00Z"))),
                List.of(new Facts.Decision("ban", "law:a,b", false, at("2026-01-02T11:00:00Z"), null)), List.of());

        var csv = TransparencyFigures.csv(report);

        var lines = csv.split("\r\n");
        assertEquals("section,key,value", lines[0]);
        assertTrue(csv.contains("\r\nnotices.category,hate,1\r\n"));
        assertTrue(csv.contains("\r\ndecisions.ground,\"law:a,b\",1\r\n"));
        assertTrue(csv.contains("\r\nusers,active,\r\n"));
        assertEquals("'=SUM(A1)", TransparencyFigures.field("=SUM(A1)"));
        assertEquals("-3", TransparencyFigures.field("-3"));
    }
}
