package org.causette.moderation.cases.entity;

import jakarta.json.bind.annotation.JsonbNillable;

/** What a case is about: a message (with its author and room when known), a session, or a room. */
@JsonbNillable
public record CaseTarget(String messageId, String sessionId, String roomId) {

    /** One open case per key: the message if there is one, else the session, else the room. */
    public String key() {
        if (messageId != null) {
            return "message:" + messageId;
        }
        if (sessionId != null) {
            return "session:" + sessionId;
        }
        return "room:" + roomId;
    }
}
