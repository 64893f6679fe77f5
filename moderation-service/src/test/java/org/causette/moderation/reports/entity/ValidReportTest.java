package org.causette.moderation.reports.entity;

import org.causette.kit.problems.ProblemException;
import org.causette.moderation.cases.entity.ReportCategory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValidReportTest {

    @Test
    void aReportOnAMessage() {
        var cut = ValidReport.of(new ReportRequest("m1", null, null, "child-safety", " asks for photos "));
        assertEquals("m1", cut.messageId());
        assertEquals(ReportCategory.CHILD_SAFETY, cut.category());
        assertEquals("asks for photos", cut.comment());
        assertNull(ValidReport.of(new ReportRequest(null, "s1", null, "spam", "  ")).comment());
    }

    @Test
    void exactlyOneTargetAKnownCategoryAndAShortComment() {
        invalid(new ReportRequest(null, null, null, "spam", null));
        invalid(new ReportRequest("m1", "s1", null, "spam", null));
        invalid(new ReportRequest("m1", null, null, "rude", null));
        invalid(new ReportRequest("m1", null, null, null, null));
        invalid(new ReportRequest("", null, null, "spam", null));
        invalid(new ReportRequest("m1", null, null, "spam", "x".repeat(1001)));
        invalid(null);
    }

    private static void invalid(ReportRequest request) {
        var e = assertThrows(ProblemException.class, () -> ValidReport.of(request));
        assertEquals("invalid-field", e.code());
    }
}
