package org.causette.moderation.holds.control;

import org.causette.contracts.HoldTarget;
import org.causette.kit.problems.ProblemException;
import org.causette.moderation.holds.entity.LegalHoldRequest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.stream.Stream;

/** Checks a posted legal hold; every refusal is a 400 invalid-field naming the field. */
public final class HoldRules {
    public static final int MAX_ID = 128;
    public static final int MAX_REASON = 1000;
    public static final int MAX_REFERENCE = 200;

    private HoldRules() {
    }

    public static HoldTarget target(LegalHoldRequest r) {
        if (r == null) {
            throw ProblemException.invalidField("body", "a legal hold is required");
        }
        var messageId = id("messageId", r.messageId());
        var sessionId = id("sessionId", r.sessionId());
        var conversationId = id("conversationId", r.conversationId());
        var roomId = id("roomId", r.roomId());
        if (Stream.of(messageId, sessionId, conversationId, roomId).filter(Objects::nonNull).count() != 1) {
            throw ProblemException.invalidField("messageId",
                    "exactly one of messageId, sessionId, conversationId or roomId is required");
        }
        var from = instant("from", r.from());
        var to = instant("to", r.to());
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        return new HoldTarget(messageId, sessionId, conversationId, roomId, from, to);
    }

    public static String reason(LegalHoldRequest r) {
        return text("reason", r.reason(), MAX_REASON, "why the data must be kept");
    }

    public static String reference(LegalHoldRequest r) {
        return text("reference", r.reference(), MAX_REFERENCE, "the requisition or order number");
    }

    private static String text(String field, String value, int max, String what) {
        var v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw ProblemException.invalidField(field, "required: " + what);
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw ProblemException.invalidField(field, "at most " + max + " characters");
        }
        return v;
    }

    private static String id(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > MAX_ID) {
            throw ProblemException.invalidField(field, "an id of 1 to " + MAX_ID + " characters");
        }
        return value;
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "an ISO-8601 UTC instant such as 2026-11-23T10:00:00Z");
        }
    }
}
