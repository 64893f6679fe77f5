package org.causette.moderation.appeals.control;

import org.causette.kit.problems.ProblemException;
import org.causette.moderation.appeals.entity.AppealRequest;
import org.causette.moderation.appeals.entity.Outcome;
import org.causette.moderation.appeals.entity.ReviewRequest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** The rules of the internal complaint-handling system (DSA Art. 20), checked before anything is written. */
public final class AppealRules {
    public static final int MAX_TEXT = 2000;
    /** Art. 20(1): at least six months after the decision; counted in the platform's time zone. */
    public static final int PERIOD_MONTHS = 6;
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private AppealRules() {
    }

    /** One appeal per decision: its id is derived from the statement of reasons. */
    public static String appealId(String statementId) {
        return UUID.nameUUIDFromBytes(("appeal:" + statementId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** @return the complaint, stripped */
    public static String complaint(AppealRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("body", "an appeal is required");
        }
        if (request.statementId() == null || request.statementId().isBlank() || request.statementId().length() > 100) {
            throw ProblemException.invalidField("statementId", "the reference of the statement of reasons");
        }
        return text("reason", request.reason(), "required: say why the decision is wrong");
    }

    public static Instant deadline(Instant decidedAt) {
        return decidedAt.atZone(ZONE).plusMonths(PERIOD_MONTHS).toInstant();
    }

    public static void checkInPeriod(Instant decidedAt, Instant now) {
        if (now.isAfter(deadline(decidedAt))) {
            throw ProblemException.conflict("appeal-period-ended",
                    "A decision can be appealed for " + PERIOD_MONTHS + " months; this one can no longer be.");
        }
    }

    /** Only the person the decision concerned may contest it. */
    public static void checkAppellant(String concernedSessionId, String callerSessionId) {
        if (concernedSessionId == null || !concernedSessionId.equals(callerSessionId)) {
            throw ProblemException.forbidden("forbidden", "Only the person this decision concerns may appeal it.");
        }
    }

    public static Outcome outcome(ReviewRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("body", "a review is required");
        }
        return Outcome.of(request.outcome())
                .orElseThrow(() -> ProblemException.invalidField("outcome", "upheld or reversed"));
    }

    public static String reviewReason(ReviewRequest request) {
        return text("reason", request.reason(), "required: it is told to the person who appealed");
    }

    /** Art. 20(6): the review is not left to the moderator who took the decision. */
    public static void checkReviewer(String originalDecidedBy, String reviewer) {
        if (originalDecidedBy != null && originalDecidedBy.equalsIgnoreCase(reviewer)) {
            throw ProblemException.forbidden("same-moderator",
                    "Another moderator must review an appeal against your own decision.");
        }
    }

    private static String text(String field, String value, String missing) {
        var text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw ProblemException.invalidField(field, missing);
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw ProblemException.invalidField(field, "at most " + MAX_TEXT + " characters");
        }
        return text;
    }
}
