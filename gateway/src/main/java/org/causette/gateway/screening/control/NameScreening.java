package org.causette.gateway.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.kit.json.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.kit.problems.ProblemException;

/**
 * Names other people will read (nicknames, room names and topics) go through the moderation engine before they
 * exist anywhere; anything but {@code allow} is refused with a 422 and the caller's {@code code} (a 400 for a name
 * that passes for the staff or the platform).
 */
@ApplicationScoped
public class NameScreening {
    public static final String NICKNAME = "nickname";
    public static final String ROOM_NAME = "room-name";
    /** The engine's category for a name that passes for the staff or the platform (API 1.1: a 400, not a 422). */
    static final String IMPERSONATION = "impersonation";

    @Inject
    ModerationClient moderation;

    private static boolean impersonates(JsonObject verdict) {
        var categories = verdict.get("categories");
        return categories instanceof JsonArray list
                && list.getValuesAs(JsonValue.class).contains(Jsons.createValue(IMPERSONATION));
    }

    public void check(String text, String context, String refusalCode, String refusalDetail) {
        var verdict = moderation.verdict(Jsons.createObjectBuilder().add("text", text).add("context", context).build());
        if (!"allow".equals(verdict.getString("action", "allow"))) {
            throw new ProblemException(impersonates(verdict) ? 400 : 422, refusalCode, refusalDetail);
        }
    }
}
