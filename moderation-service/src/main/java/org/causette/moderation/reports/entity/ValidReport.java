package org.causette.moderation.reports.entity;

import org.causette.kit.problems.ProblemException;
import org.causette.moderation.cases.entity.ReportCategory;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A report that passed its checks; {@code comment} is null when absent or blank. */
public record ValidReport(String messageId, String sessionId, String roomId, ReportCategory category, String comment) {
    public static final int MAX_COMMENT = 1000;
    public static final int MAX_ID = 128;
    private static final String CATEGORIES = Arrays.stream(ReportCategory.values()).map(ReportCategory::id)
            .collect(Collectors.joining(", "));

    public static ValidReport of(ReportRequest r) {
        if (r == null) {
            throw ProblemException.invalidField("body", "a report is required");
        }
        var messageId = id("messageId", r.messageId());
        var sessionId = id("sessionId", r.sessionId());
        var roomId = id("roomId", r.roomId());
        if (Stream.of(messageId, sessionId, roomId).filter(t -> t != null).count() != 1) {
            throw ProblemException.invalidField("messageId", "exactly one of messageId, sessionId or roomId is required");
        }
        var category = ReportCategory.of(r.category())
                .orElseThrow(() -> ProblemException.invalidField("category", "one of " + CATEGORIES));
        var comment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
        if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
            throw ProblemException.invalidField("comment", "at most " + MAX_COMMENT + " characters");
        }
        return new ValidReport(messageId, sessionId, roomId, category, comment);
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
}
