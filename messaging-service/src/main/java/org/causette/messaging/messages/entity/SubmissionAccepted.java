package org.causette.messaging.messages.entity;

/** The message is durably stored and on its way to moderation. */
public record SubmissionAccepted(String id, String status) {
    public static SubmissionAccepted of(String id) {
        return new SubmissionAccepted(id, "accepted");
    }
}
