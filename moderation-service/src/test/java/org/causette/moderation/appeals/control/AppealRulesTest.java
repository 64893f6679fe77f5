package org.causette.moderation.appeals.control;

import org.causette.kit.problems.ProblemException;
import org.causette.moderation.appeals.entity.AppealRequest;
import org.causette.moderation.appeals.entity.Outcome;
import org.causette.moderation.appeals.entity.ReviewRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AppealRulesTest {

    private static final Instant DECIDED = Instant.parse("2026-03-31T10:00:00Z");

    @Test
    void anAppealIsOpenForSixMonthsInParisTime() {
        assertEquals(Instant.parse("2026-09-30T10:00:00Z"), AppealRules.deadline(DECIDED));
        assertDoesNotThrow(() -> AppealRules.checkInPeriod(DECIDED, Instant.parse("2026-09-30T10:00:00Z")));
        var late = assertThrows(ProblemException.class,
                () -> AppealRules.checkInPeriod(DECIDED, Instant.parse("2026-09-30T10:00:01Z")));
        assertEquals("appeal-period-ended", late.code());
    }

    @Test
    void onlyTheSessionConcernedMayAppeal() {
        assertDoesNotThrow(() -> AppealRules.checkAppellant("s1", "s1"));
        assertEquals(403, assertThrows(ProblemException.class, () -> AppealRules.checkAppellant("s1", "s2")).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> AppealRules.checkAppellant(null, "s2")).status());
    }

    @Test
    void theModeratorWhoDecidedMayNotReview() {
        var e = assertThrows(ProblemException.class, () -> AppealRules.checkReviewer("alice", "Alice"));
        assertEquals(403, e.status());
        assertEquals("same-moderator", e.code());
        assertDoesNotThrow(() -> AppealRules.checkReviewer("alice", "bob"));
        assertDoesNotThrow(() -> AppealRules.checkReviewer(null, "bob"));
    }

    @Test
    void aComplaintNeedsAStatementAndAReason() {
        assertEquals("unfair", AppealRules.complaint(new AppealRequest("st-1", "  unfair ")));
        assertEquals("invalid-field", assertThrows(ProblemException.class,
                () -> AppealRules.complaint(new AppealRequest("st-1", " "))).code());
        assertEquals("invalid-field", assertThrows(ProblemException.class,
                () -> AppealRules.complaint(new AppealRequest(null, "unfair"))).code());
        assertThrows(ProblemException.class, () -> AppealRules.complaint(new AppealRequest("st-1", "x".repeat(2001))));
    }

    @Test
    void aReviewIsUpheldOrReversedWithAReason() {
        assertEquals(Outcome.REVERSED, AppealRules.outcome(new ReviewRequest("reversed", "r")));
        assertThrows(ProblemException.class, () -> AppealRules.outcome(new ReviewRequest("maybe", "r")));
        assertThrows(ProblemException.class, () -> AppealRules.reviewReason(new ReviewRequest("upheld", "")));
    }

    @Test
    void oneAppealIdPerStatement() {
        assertEquals(AppealRules.appealId("st-1"), AppealRules.appealId("st-1"));
        assertNotEquals(AppealRules.appealId("st-1"), AppealRules.appealId("st-2"));
    }
}
