package org.causette.messaging.messages.entity;

import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.kit.problems.ProblemException;

/**
 * What the gateway forwards: the id it derived from (session, clientMessageId), the channel and the text. The gateway
 * already checked sizes; this only refuses what would break the pipeline.
 */
public record SubmitMessage(String id, String clientMessageId, ChannelRef channel, String text) {
    static final int MAX_ID_LENGTH = 128;
    static final int MAX_CLIENT_ID_LENGTH = 64;
    static final int MAX_TEXT_CODE_POINTS = 4000;

    public record ChannelRef(Channel.Kind kind, String id, Audience audience) {
    }

    /** @throws ProblemException 400 {@code invalid-field} naming the first field that is wrong */
    public SubmitMessage validate() {
        requireText("id", id, MAX_ID_LENGTH);
        requireText("clientMessageId", clientMessageId, MAX_CLIENT_ID_LENGTH);
        if (channel == null) {
            throw ProblemException.invalidField("channel", "is required");
        }
        if (channel.kind() == null) {
            throw ProblemException.invalidField("channel.kind", "must be room or conversation");
        }
        requireText("channel.id", channel.id(), MAX_ID_LENGTH);
        if (channel.kind() == Channel.Kind.room && channel.audience() == null) {
            throw ProblemException.invalidField("channel.audience", "is required for a room");
        }
        if (text == null || text.isEmpty()) {
            throw ProblemException.invalidField("text", "must not be empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT_CODE_POINTS) {
            throw ProblemException.invalidField("text", "is too long");
        }
        return this;
    }

    private static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "is required");
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalidField(field, "is longer than " + maxLength + " characters");
        }
    }
}
