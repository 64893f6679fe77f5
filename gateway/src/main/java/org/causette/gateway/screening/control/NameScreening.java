package org.causette.gateway.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.kit.problems.ProblemException;

/**
 * Names other people will read (nicknames, room names and topics) go through the moderation engine before they
 * exist anywhere; anything but {@code allow} is refused with a 422 and the caller's {@code code}.
 */
@ApplicationScoped
public class NameScreening {
    public static final String NICKNAME = "nickname";
    public static final String ROOM_NAME = "room-name";

    @Inject
    ModerationClient moderation;

    public void check(String text, String context, String refusalCode, String refusalDetail) {
        var verdict = moderation.verdict(Json.createObjectBuilder().add("text", text).add("context", context).build());
        if (!"allow".equals(verdict.getString("action", "allow"))) {
            throw new ProblemException(422, refusalCode, refusalDetail);
        }
    }
}
