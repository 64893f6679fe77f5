package org.causette.contracts;

import java.util.List;

/**
 * Where a message goes: a room, or a private conversation with its participants.
 * {@code audience} is the audience of the room, or for a conversation the bracket of its participants.
 */
public record Channel(Kind kind, String id, Audience audience, List<String> participants) {
    public enum Kind { room, conversation }

    public static Channel room(String id, Audience audience) {
        return new Channel(Kind.room, id, audience, List.of());
    }

    public static Channel conversation(String id, Audience audience, List<String> participants) {
        return new Channel(Kind.conversation, id, audience, List.copyOf(participants));
    }

    /** Key of per-sender ordering: one sender, one channel. */
    public String orderingKey(String senderSessionId) {
        return senderSessionId + ":" + kind + ":" + id;
    }
}
