package org.causette.moderation.cases.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseOrderTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void mostUrgentFirstThenOldestFirst() {
        var cut = CaseOrder.QUEUE;
        var cases = new ArrayList<>(List.of(
                summary("spam-old", 5, T0),
                summary("child-new", 1, T0.plusSeconds(60)),
                summary("threat", 2, T0.plusSeconds(30)),
                summary("child-old", 1, T0)));
        cases.sort(cut);
        assertEquals(List.of("child-old", "child-new", "threat", "spam-old"),
                cases.stream().map(CaseSummary::id).toList());
    }

    @Test
    void trustedFlaggersComeFirstWithinTheirPriorityOnly() {
        var cut = CaseOrder.QUEUE;
        var trusted = new CaseSummary("trusted-spam", 5, "spam", "open", "report", new CaseTarget(null, null, "r"),
                T0.plusSeconds(120), 1, true);
        var cases = new ArrayList<>(List.of(summary("spam-old", 5, T0), trusted, summary("threat", 2, T0.plusSeconds(300))));
        cases.sort(cut);
        assertEquals(List.of("threat", "trusted-spam", "spam-old"), cases.stream().map(CaseSummary::id).toList());
    }

    @Test
    void prioritiesFollowTheCategories() {
        assertEquals(1, ReportCategory.CHILD_SAFETY.priority());
        assertEquals(2, ReportCategory.THREAT.priority());
        assertEquals(3, ReportCategory.HATE.priority());
        assertEquals(3, ReportCategory.SEXUAL.priority());
        assertEquals(4, ReportCategory.HARASSMENT.priority());
        assertEquals(4, ReportCategory.PERSONAL_DATA.priority());
        assertEquals(5, ReportCategory.SPAM.priority());
        assertEquals(5, ReportCategory.ILLEGAL_OTHER.priority());
        assertEquals(5, ReportCategory.OTHER.priority());
    }

    @Test
    void automaticCasesTakeTheirMostUrgentCategory() {
        assertEquals(ReportCategory.CHILD_SAFETY, ReportCategory.mostUrgent(List.of("spam", "child-safety", "hate")));
        assertEquals(ReportCategory.OTHER, ReportCategory.mostUrgent(Set.of()));
        assertEquals(ReportCategory.OTHER, ReportCategory.mostUrgent(List.of("unknown-category")));
    }

    @Test
    void oneKeyPerTarget() {
        assertEquals("message:m1", new CaseTarget("m1", "s1", "r1").key());
        assertEquals("session:s1", new CaseTarget(null, "s1", null).key());
        assertEquals("room:r1", new CaseTarget(null, null, "r1").key());
    }

    private static CaseSummary summary(String id, int priority, Instant openedAt) {
        return new CaseSummary(id, priority, "other", "open", "report", new CaseTarget(null, null, "r"), openedAt, 1, false);
    }
}
