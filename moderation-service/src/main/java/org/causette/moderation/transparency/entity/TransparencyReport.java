package org.causette.moderation.transparency.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.time.LocalDate;
import java.util.Map;

/**
 * The figures of a transparency report (DSA Art. 15 and 24) for whole days {@code from} to {@code to} (inclusive) in
 * {@code timeZone}. {@code activeUsers} is not known here: null, for the gateway to fill in.
 */
@JsonbNillable
public record TransparencyReport(Period period, Notices notices, Decisions decisions, Handling handling,
                                 Appeals appeals, Long activeUsers) {

    public record Period(LocalDate from, LocalDate to, String timeZone) {
    }

    /** Reports by users (Art. 16 notices), by category, and how many of them came from trusted flaggers (Art. 22). */
    public record Notices(long total, Map<String, Long> byCategory, long fromTrustedFlaggers) {
    }

    /**
     * Moderation decisions taken in the period: automated ones (block, mask, hold by the engine) and moderators' ones
     * (dismiss, remove-message, approve-message, warn, mute, kick, ban), by action and by ground.
     */
    public record Decisions(long total, long automated, long human, Map<String, Long> byAction,
                            Map<String, Long> byGround, Map<String, Long> automatedByAction,
                            Map<String, Long> humanByAction) {
    }

    /** Median time from the first user report on a case to the moderator's decision, for decisions in the period. */
    @JsonbNillable
    public record Handling(long decisionsOnNotices, Long medianSecondsReportToDecision) {
    }

    /** Appeals (Art. 20) received and decided in the period, outcomes, and median time to decide. */
    @JsonbNillable
    public record Appeals(long received, long decided, Map<String, Long> byOutcome, Long medianSecondsToDecision) {
    }
}
