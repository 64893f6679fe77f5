package org.causette.gateway.rooms.control;

import org.causette.kit.json.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.causette.kit.problems.ProblemException;

/** The only change a room accepts: {@code {"slowModeSeconds": n}}, a whole number from 0 to 3600. */
public final class SlowModeChange {
    public static final int MAX_SECONDS = 3600;

    private SlowModeChange() {
    }

    public static JsonObject of(JsonObject body) {
        for (var field : body.keySet()) {
            if (!"slowModeSeconds".equals(field)) {
                throw ProblemException.invalidField(field, "only slowModeSeconds can be changed.");
            }
        }
        var value = body.get("slowModeSeconds");
        if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.bigIntegerValue().signum() < 0
                || n.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(MAX_SECONDS)) > 0) {
            throw ProblemException.invalidField("slowModeSeconds", "a whole number of seconds from 0 to 3600.");
        }
        return Jsons.createObjectBuilder().add("slowModeSeconds", n.intValue()).build();
    }
}
