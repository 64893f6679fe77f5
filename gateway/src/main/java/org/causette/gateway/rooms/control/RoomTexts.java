package org.causette.gateway.rooms.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.causette.kit.problems.ProblemException;

/**
 * The form of a private room's name (2 to 40 characters) and topic (optional, up to 120): trimmed, and without
 * control or invisible formatting characters (bidi overrides could disguise a name). rooms-service checks again.
 */
public final class RoomTexts {
    public static final int MAX_NAME = 40;
    public static final int MAX_TOPIC = 120;

    private RoomTexts() {
    }

    public static String name(JsonObject body) {
        var value = body.get("name");
        if (!(value instanceof JsonString s)) {
            throw ProblemException.invalidField("name", "2 to " + MAX_NAME + " characters required.");
        }
        return text("name", s.getString(), 2, MAX_NAME);
    }

    /** @return the topic, or null when absent, null or blank */
    public static String topic(JsonObject body) {
        var value = body.get("topic");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw ProblemException.invalidField("topic", "a text of at most " + MAX_TOPIC + " characters.");
        }
        return s.getString().isBlank() ? null : text("topic", s.getString(), 1, MAX_TOPIC);
    }

    static String text(String field, String value, int min, int max) {
        var trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < min || length > max) {
            throw ProblemException.invalidField(field, min + " to " + max + " characters required.");
        }
        if (trimmed.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT)) {
            throw ProblemException.invalidField(field, "no control or invisible characters.");
        }
        return trimmed;
    }
}
