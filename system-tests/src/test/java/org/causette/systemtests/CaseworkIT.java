package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notice and action: a report becomes a case, a moderator bans, the ban is explained and holds. */
class CaseworkIT {
    private static final String ROOM = "bruxelles";

    static String staffToken() {
        var login = Platform.call("POST", "/staff/sessions", null,
                "{\"username\":\"moderator\",\"password\":\"local-moderator\"}");
        assertEquals(201, login.status(), login::toString);
        assertTrue(login.object().getJsonArray("roles").toString().contains("moderator"));
        return login.object().getString("token");
    }

    @Test
    void aReportedSessionIsBannedToldWhyAndCannotComeBackFromTheSameDevice() {
        var offender = Chatter.adult("Off");
        var reporter = Chatter.adult("Rep");
        offender.mustJoin(ROOM);
        reporter.mustJoin(ROOM);
        var sent = offender.say(ROOM, "message à signaler " + Platform.marker());
        assertEquals(202, sent.status());
        var messageId = sent.object().getString("id");

        var report = reporter.call("POST", "/reports", Json.createObjectBuilder().add("messageId", messageId)
                .add("category", "harassment").add("comment", "il insulte tout le monde").build().toString());
        assertEquals(201, report.status(), report::toString);
        assertEquals("received", report.object().getString("status"));
        var second = Chatter.adult("Rep").call("POST", "/reports", Json.createObjectBuilder()
                .add("messageId", messageId).add("category", "threat").build().toString());
        assertEquals(201, second.status(), second::toString);

        var staff = staffToken();
        var cases = Platform.call("GET", "/moderation/cases?status=open", staff, null);
        assertEquals(200, cases.status(), cases::toString);
        var caseFile = cases.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> messageId.equals(c.getJsonObject("target").getString("messageId", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no case for the reported message: " + cases));
        assertEquals("report", caseFile.getString("source"));
        assertEquals(2, caseFile.getInt("priority"), "the threat report raised the case's priority");
        assertEquals(1, cases.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> messageId.equals(c.getJsonObject("target").getString("messageId", ""))).count(),
                "reports on one target join one case");

        try (var offenderStream = offender.stream()) {
            var decision = Platform.call("POST", "/moderation/cases/" + caseFile.getString("id") + "/decisions", staff,
                    "{\"action\":\"ban\",\"durationMinutes\":1440,\"reason\":\"Insultes répétées\",\"ground\":\"terms:4.2\"}");
            assertEquals(201, decision.status(), decision::toString);
            var statementUrl = decision.object().getString("statement");

            var sanction = offenderStream.await(Stream.type("sanction"));
            assertEquals("ban", sanction.getString("action"));
            // the same statement; the staff answer links it on the host the request came to, the stream event on
            // the configured public base URL (an event has no request)
            assertEquals(Casefiles.statementId(statementUrl), Casefiles.statementId(sanction.getString("statement")));
            assertTrue(statementUrl.startsWith(Platform.API + "/statements/"), statementUrl);
            assertFalse(sanction.getString("until", "").isBlank());

            var refused = offender.say(ROOM, "je suis encore là ?");
            assertEquals(403, refused.status(), refused::toString);
            assertEquals("banned", refused.code());

            var comeback = Platform.call("POST", "/sessions", null, "{\"nickname\":\"" + Platform.nickname("Rev")
                    + "\",\"age\":25}", "Causette-Device", offender.deviceToken);
            assertEquals(403, comeback.status(), comeback::toString);
            assertEquals("banned", comeback.code());

            var statementPath = statementUrl.substring(statementUrl.indexOf("/statements/"));
            var statement = Platform.call("GET", statementPath, null, null);
            assertEquals(200, statement.status(), statement::toString);
            assertTrue(statement.body().contains("terms:4.2"), statement::toString);
        }
    }

    @Test
    void wrongStaffCredentialsAreRefused() {
        var answer = Platform.call("POST", "/staff/sessions", null, "{\"username\":\"moderator\",\"password\":\"nope\"}");
        assertEquals(401, answer.status(), answer::toString);
        assertEquals("invalid-credentials", answer.code());
    }
}
