package org.causette.moderation.engine;

import java.time.Instant;
import java.util.Objects;

/** A text to moderate. {@code senderId}, {@code channelId} and {@code at} may be null (no conversation state then). */
public record Submission(String text, Context context, String senderId, String channelId, Instant at) {

    public Submission {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
    }

    public static Submission of(String text, Context context) {
        return new Submission(text, context, null, null, null);
    }
}
