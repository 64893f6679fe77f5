package org.causette.gateway.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.causette.kit.problems.ProblemException;

/** Request bodies are JSON objects; anything else (nothing, an array, a number) is malformed. */
public final class JsonBodies {
    private JsonBodies() {
    }

    public static JsonObject object(JsonValue body) {
        if (body instanceof JsonObject object) {
            return object;
        }
        throw new ProblemException(400, "malformed-json", "The body must be a JSON object.");
    }
}
