package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shortcuts of casework tests: a message, a report, its case, a decision. */
final class Casefiles {
    static final String ROOM = "bruxelles";

    private Casefiles() {
    }

    static String sent(Chatter author, String text) {
        var sent = author.say(ROOM, text);
        assertEquals(202, sent.status(), sent::toString);
        return sent.object().getString("id");
    }

    /** The report's id. */
    static String report(String token, String messageId, String category) {
        var report = Platform.call("POST", "/reports", token, Json.createObjectBuilder().add("messageId", messageId)
                .add("category", category).build().toString());
        assertEquals(201, report.status(), report::toString);
        return report.object().getString("id");
    }

    static List<JsonObject> openCases(String staff) {
        var cases = Platform.call("GET", "/moderation/cases?status=open", staff, null);
        assertEquals(200, cases.status(), cases::toString);
        return cases.json().asJsonArray().getValuesAs(JsonObject.class);
    }

    static JsonObject caseOf(String staff, String messageId) {
        return openCases(staff).stream()
                .filter(c -> messageId.equals(c.getJsonObject("target").getString("messageId", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no open case for message " + messageId));
    }

    /** The decision's answer: {id, statement}. */
    static JsonObject decide(String staff, String caseId, String decision) {
        var answer = Platform.call("POST", "/moderation/cases/" + caseId + "/decisions", staff, decision);
        assertEquals(201, answer.status(), answer::toString);
        return answer.object();
    }

    static String statementId(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
