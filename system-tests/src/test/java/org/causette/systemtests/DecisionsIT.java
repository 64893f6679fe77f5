package org.causette.systemtests;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decisions of two actions through the gateway, what the case file then says, and the refusals of the console's routes. */
class DecisionsIT {

    @Test
    void aCaseIsClosedByRemovingTheMessageAndBanningItsAuthor() {
        var author = Chatter.adult("Dta");
        author.mustJoin(Casefiles.ROOM);
        var messageId = Casefiles.sent(author, "message qui vaut retrait et bannissement " + Platform.marker());
        Casefiles.report(Chatter.adult("Dtr").token, messageId, "hate");
        var moderator = Staff.moderator();
        var caseId = Casefiles.caseOf(moderator, messageId).getString("id");

        var receipt = Casefiles.decide(moderator, caseId, "{\"actions\":[{\"action\":\"ban\",\"durationMinutes\":60},"
                + "{\"action\":\"remove-message\"}],\"reason\":\"Propos haineux.\",\"ground\":\"terms:4.2\"}");
        var actions = receipt.getJsonArray("actions").getValuesAs(JsonObject.class);
        assertEquals(List.of("remove-message", "ban"), actions.stream().map(a -> a.getString("action")).toList());
        assertEquals(actions.get(0).getString("statement"), receipt.getString("statement"));
        assertNotEquals(actions.get(0).getString("statement"), actions.get(1).getString("statement"));
        for (var a : actions) {
            var statement = Platform.call("GET", "/statements/" + Casefiles.statementId(a.getString("statement")), null,
                    null);
            assertEquals(200, statement.status(), statement::toString);
            assertEquals(a.getString("action"), statement.object().getString("decision"));
        }
        var refused = author.say(Casefiles.ROOM, "encore moi " + Platform.marker());
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("banned", refused.code());

        var file = Platform.call("GET", "/moderation/cases/" + caseId, moderator, null).object();
        assertEquals("closed", file.getString("status"));
        assertEquals(2, file.getJsonObject("decision").getJsonArray("actions").size());
        assertEquals("allow", file.getJsonObject("message").getJsonObject("automaticVerdict").getString("action"),
                "the engine's verdict stays in the file once a moderator overruled it");
        assertEquals("block", file.getJsonObject("message").getJsonObject("verdict").getString("action"));
    }

    @Test
    void decisionsThatMakeNoSenseAreRefusedAndTheCaseStaysOpen() {
        var author = Chatter.adult("Dtb");
        author.mustJoin(Casefiles.ROOM);
        var messageId = Casefiles.sent(author, "message pour des décisions refusées " + Platform.marker());
        Casefiles.report(Chatter.adult("Dtq").token, messageId, "spam");
        var moderator = Staff.moderator();
        var caseId = Casefiles.caseOf(moderator, messageId).getString("id");
        var refusals = List.of(
                "{\"action\":\"warn\",\"actions\":[{\"action\":\"mute\",\"durationMinutes\":5}],\"reason\":\"r\",\"ground\":\"terms:1\"}",
                "{\"actions\":[{\"action\":\"warn\"},{\"action\":\"ban\"}],\"reason\":\"r\",\"ground\":\"terms:1\"}",
                "{\"actions\":[{\"action\":\"approve-message\"},{\"action\":\"warn\"}],\"reason\":\"r\",\"ground\":\"terms:1\"}",
                "{\"actions\":[{\"action\":\"remove-message\"},{\"action\":\"mute\"}],\"reason\":\"r\",\"ground\":\"terms:1\"}",
                "{\"actions\":[],\"reason\":\"r\",\"ground\":\"terms:1\"}",
                "{\"actions\":\"remove-message\",\"reason\":\"r\",\"ground\":\"terms:1\"}");
        for (var body : refusals) {
            var answer = Platform.call("POST", "/moderation/cases/" + caseId + "/decisions", moderator, body);
            assertEquals(400, answer.status(), () -> body + " -> " + answer);
            assertTrue(answer.isProblem(), answer::toString);
        }
        assertEquals(caseId, Casefiles.caseOf(moderator, messageId).getString("id"), "still open");

        for (var query : List.of("after=abc", "after=-1", "limit=0", "limit=5000")) {
            var answer = Platform.call("GET", "/moderation/audit?" + query, Staff.admin(), null);
            assertEquals(400, answer.status(), () -> query + " -> " + answer);
            assertEquals("invalid-field", answer.code());
        }
        assertEquals(403, Platform.call("GET", "/moderation/audit", moderator, null).status(),
                "the audit log's entries are for administrators");
        assertEquals(200, Platform.call("GET", "/moderation/audit?after=0&limit=5", Staff.admin(), null).status());
    }
}
