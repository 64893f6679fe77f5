package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.causette.systemtests.Casefiles.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DSA Art. 20 (internal complaints) and Art. 15/24 (transparency report), through the gateway. */
class AppealsAndTransparencyIT {

    @Test
    void theBannedSessionAppealsAndOnlyAnotherModeratorMayReverseTheBan() {
        var offender = Chatter.adult("Apo");
        var reporter = Chatter.adult("Apr");
        offender.mustJoin(ROOM);
        reporter.mustJoin(ROOM);
        var messageId = Casefiles.sent(offender, "message contesté " + Platform.marker());
        Casefiles.report(reporter.token, messageId, "harassment");
        var moderator = Staff.moderator();
        var caseId = Casefiles.caseOf(moderator, messageId).getString("id");
        var decision = Casefiles.decide(moderator, caseId,
                "{\"action\":\"ban\",\"durationMinutes\":60,\"reason\":\"Insultes\",\"ground\":\"terms:4.2\"}");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> offender.say(ROOM, "encore ?").status() == 403);

        var appeal = offender.call("POST", "/appeals", Json.createObjectBuilder()
                .add("statementId", Casefiles.statementId(decision.getString("statement")))
                .add("reason", "Je n'ai insulté personne, relisez le message.").build().toString());
        assertEquals(201, appeal.status(), appeal::toString);
        var appealId = appeal.object().getString("id");
        var notMine = Chatter.adult("Apx").call("POST", "/appeals", Json.createObjectBuilder()
                .add("statementId", Casefiles.statementId(decision.getString("statement")))
                .add("reason", "pas moi").build().toString());
        assertEquals(403, notMine.status(), notMine::toString);

        var review = "{\"outcome\":\"reversed\",\"reason\":\"Le message ne contient pas d'insulte.\"}";
        var same = Platform.call("POST", "/moderation/appeals/" + appealId + "/decisions", moderator, review);
        assertEquals(403, same.status(), same::toString);
        assertEquals("same-moderator", same.code());

        var other = Staff.create("mod", "moderator");
        var reviewed = Platform.call("POST", "/moderation/appeals/" + appealId + "/decisions", other, review);
        assertEquals(201, reviewed.status(), reviewed::toString);
        var status = offender.call("GET", "/appeals/" + appealId, null);
        assertEquals(200, status.status(), status::toString);
        assertEquals("reversed", status.object().getString("status"), status::toString);
        // the ban took the session out of its rooms: once lifted, it may join and speak again
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> offender.join(ROOM).status() == 200);
        var back = offender.say(ROOM, "me revoilà " + Platform.marker());
        assertEquals(202, back.status(), back::toString);
    }

    @Test
    void aRemovedMessageLeavesTheHistoryAndComesBackWhenTheAppealReversesTheRemoval() {
        var author = Chatter.adult("Rma");
        var reporter = Chatter.adult("Rmr");
        author.mustJoin(ROOM);
        reporter.mustJoin(ROOM);
        var text = "message retiré puis rendu " + Platform.marker();
        var messageId = Casefiles.sent(author, text);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> inHistory(reporter, messageId));
        Casefiles.report(reporter.token, messageId, "harassment");
        var moderator = Staff.moderator();
        var decision = Casefiles.decide(moderator, Casefiles.caseOf(moderator, messageId).getString("id"),
                "{\"action\":\"remove-message\",\"reason\":\"Propos blessants\",\"ground\":\"terms:4.1\"}");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !inHistory(reporter, messageId));

        var appeal = author.call("POST", "/appeals", Json.createObjectBuilder()
                .add("statementId", Casefiles.statementId(decision.getString("statement")))
                .add("reason", "C'était une citation, pas une insulte.").build().toString());
        assertEquals(201, appeal.status(), appeal::toString);
        var reviewed = Platform.call("POST", "/moderation/appeals/" + appeal.object().getString("id") + "/decisions",
                Staff.create("mod", "moderator"), "{\"outcome\":\"reversed\",\"reason\":\"Citation.\"}");
        assertEquals(201, reviewed.status(), reviewed::toString);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> inHistory(reporter, messageId));
    }

    private static boolean inHistory(Chatter member, String messageId) {
        var history = member.call("GET", "/rooms/" + ROOM + "/messages?limit=100", null);
        return history.status() == 200 && history.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> messageId.equals(m.getString("id", "")));
    }

    @Test
    void theTransparencyReportCountsTheDecisionsOfItsPeriodAsJsonAndCsv() {
        var author = Chatter.adult("Tra");
        var reporter = Chatter.adult("Trr");
        author.mustJoin(ROOM);
        var messageId = Casefiles.sent(author, "message anodin " + Platform.marker());
        Casefiles.report(reporter.token, messageId, "spam");
        var moderator = Staff.moderator();
        var from = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        var to = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        var query = "/moderation/transparency?from=" + from + "&to=" + to;
        var before = Platform.call("GET", query, moderator, null);
        assertEquals(200, before.status(), before::toString);
        long dismissedBefore = dismissed(before.object());

        Casefiles.decide(moderator, Casefiles.caseOf(moderator, messageId).getString("id"),
                "{\"action\":\"dismiss\",\"reason\":\"Rien d'illicite\",\"ground\":\"terms:1.0\"}");

        var report = Platform.call("GET", query + "&format=json", moderator, null);
        assertEquals(200, report.status(), report::toString);
        assertTrue(report.contentType().startsWith("application/json"), report::toString);
        var figures = report.object();
        assertTrue(dismissed(figures) >= dismissedBefore + 1, report::toString);
        assertTrue(figures.getJsonObject("notices").getJsonNumber("total").longValue() >= 1, report::toString);
        assertEquals(from.toString(), figures.getJsonObject("period").getString("from"));

        var csv = Platform.call("GET", query + "&format=csv", moderator, null);
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv::toString);
        assertTrue(csv.body().contains("dismiss"), csv::toString);
        assertTrue(csv.body().contains("notices,trusted-flaggers,"), "trusted flaggers' notices counted apart");
        assertTrue(figures.getJsonObject("notices").containsKey("fromTrustedFlaggers"), report::toString);

        var bad = Platform.call("GET", "/moderation/transparency?from=hier", moderator, null);
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.isProblem());
        var anonymous = Platform.call("GET", query, author.token, null);
        assertEquals(403, anonymous.status(), anonymous::toString);
    }

    private static long dismissed(JsonObject report) {
        var byAction = report.getJsonObject("decisions").getJsonObject("humanByAction");
        return byAction == null || !byAction.containsKey("dismiss") ? 0
                : byAction.getJsonNumber("dismiss").longValue();
    }
}
