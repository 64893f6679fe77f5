package org.causette.moderation.engine.conversation;

import java.util.Objects;

/** An earlier message of the same conversation or room: who sent it and what it said. */
public record Turn(String senderId, String text) {

    public Turn {
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(text, "text");
    }
}
