package org.causette.gateway.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.causette.gateway.routing.control.RoomsClient;
import org.causette.gateway.security.entity.Identity;
import org.causette.gateway.sessions.control.SessionStore;
import org.causette.kit.problems.ProblemException;

/**
 * A report must name something that exists and that the reporter could have met: a session of the reporter's own
 * bracket (ended ones too), a room the reporter can see. Anything else is {@code 404}, so a made-up id never becomes
 * a case in the moderators' queue. Message ids are checked by moderation-service, which has every message's verdict.
 * Trusted flaggers are vetted staff accounts without a bracket: they may name any session and any room id.
 */
@ApplicationScoped
public class ReportTargets {
    private static final int MAX_ID = 128;
    private static final String[] TARGETS = {"messageId", "sessionId", "roomId"};

    @Inject
    SessionStore sessions;

    @Inject
    RoomsClient rooms;

    public void check(Identity reporter, JsonObject report) {
        for (var field : TARGETS) {
            var value = report.get(field);
            if (value != null && value != JsonValue.NULL
                    && (!(value instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > MAX_ID)) {
                throw ProblemException.invalidField(field, "an id of 1 to " + MAX_ID + " characters (a JSON string).");
            }
        }
        var sessionId = text(report, "sessionId");
        if (sessionId != null) {
            var found = reporter.isChatter() ? sessions.findWithin(sessionId, reporter.bracket())
                    : sessions.find(sessionId);
            found.orElseThrow(() -> ProblemException.notFound("That session"));
        }
        var roomId = text(report, "roomId");
        if (roomId != null && reporter.isChatter() && rooms.rooms(reporter.bearer()).stream()
                .noneMatch(room -> room instanceof JsonObject o && roomId.equals(o.getString("id", null)))) {
            throw ProblemException.notFound("That room");
        }
    }

    private static String text(JsonObject report, String field) {
        return report.get(field) instanceof JsonString s ? s.getString() : null;
    }
}
