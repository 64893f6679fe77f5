package org.causette.systemtests;

import com.mongodb.client.model.Filters;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.causette.systemtests.Casefiles.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DSA Art. 16(5) (the reporter is told the outcome), Art. 22 (trusted flaggers first), Art. 23 (repeat offenders
 * suspended), legal holds (LCEN and requisitions) and the staff accounts behind them.
 */
class NoticeAndActionIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aRepeatOffenderIsSuspendedAutomaticallyAfterThreeWarningsAndTheReporterHearsEachOutcome() {
        var offender = Chatter.adult("Rec");
        var reporter = Chatter.adult("Rer");
        offender.mustJoin(ROOM);
        reporter.mustJoin(ROOM);
        var moderator = Staff.moderator();
        try (var offenderStream = offender.stream(); var reporterStream = reporter.stream()) {
            for (int warning = 1; warning <= 3; warning++) {
                var messageId = Casefiles.sent(offender, "pique numéro " + warning + " " + Platform.marker());
                var reportId = Casefiles.report(reporter.token, messageId, "harassment");
                var caseId = Casefiles.caseOf(moderator, messageId).getString("id");
                var decision = Casefiles.decide(moderator, caseId,
                        "{\"action\":\"warn\",\"reason\":\"Propos blessants\",\"ground\":\"terms:4.1\"}");
                var outcome = reporterStream.await(f -> "report".equals(f.getString("type", ""))
                        && reportId.equals(f.getString("id", "")), WAIT);
                assertEquals("decided", outcome.getString("status"));
                assertEquals("action-taken", outcome.getString("outcome"));
                // same statement; the staff answer links it on the request's host, the event on the public base URL
                assertEquals(Casefiles.statementId(decision.getString("statement")),
                        Casefiles.statementId(outcome.getString("statement")));
            }
            var suspension = offenderStream.await(f -> "sanction".equals(f.getString("type", ""))
                    && "ban".equals(f.getString("action", "")), WAIT);
            assertFalse(suspension.getString("until", "").isBlank(), "a timed suspension");
            var statementUrl = suspension.getString("statement");
            var statement = Platform.call("GET", statementUrl.substring(statementUrl.indexOf("/statements/")), null, null);
            assertEquals(200, statement.status(), statement::toString);
            assertTrue(statement.object().getJsonObject("automation").getBoolean("decision"), statement::toString);
            assertEquals("dsa:art-23", statement.object().getJsonObject("ground").getString("reference"));
        }
        var refused = offender.say(ROOM, "toujours là");
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("banned", refused.code());
    }

    @Test
    void aReporterAwayWhenTheCaseIsDismissedHearsNoActionAtItsNextConnection() {
        var author = Chatter.adult("Dia");
        var reporter = Chatter.adult("Dir");
        author.mustJoin(ROOM);
        var messageId = Casefiles.sent(author, "bonne soirée " + Platform.marker());
        var reportId = Casefiles.report(reporter.token, messageId, "spam");
        var moderator = Staff.moderator();
        Casefiles.decide(moderator, Casefiles.caseOf(moderator, messageId).getString("id"),
                "{\"action\":\"dismiss\",\"reason\":\"Rien d'illicite\",\"ground\":\"terms:1.0\"}");
        try (var store = new Store()) {   // the outcome waits in the gateway for the reporter's next stream
            var waiting = store.database("gateway").getCollection("reportOutcomes");
            Awaitility.await().atMost(WAIT).until(() -> waiting.find(Filters.eq("sessionId", reporter.id)).first() != null);
        }
        try (var reporterStream = reporter.stream()) {
            var outcome = reporterStream.await(f -> "report".equals(f.getString("type", ""))
                    && reportId.equals(f.getString("id", "")), WAIT);
            assertEquals("no-action", outcome.getString("outcome"));
            assertTrue(outcome.isNull("statement"), outcome::toString);
        }
        try (var again = reporter.stream()) {
            again.send(Json.createObjectBuilder().add("type", "ping").build());
            again.await(Stream.type("pong"));
            assertTrue(again.frames(Stream.type("report")).isEmpty(), "an outcome is told once");
        }
    }

    @Test
    void aReporterWhoseReportsAreDismissedFiveTimesIsThrottled() {
        var author = Chatter.adult("Aba");
        var reporter = Chatter.adult("Abr");
        author.mustJoin(ROOM);
        var moderator = Staff.moderator();
        for (int i = 0; i < 5; i++) {
            var messageId = Casefiles.sent(author, "rien de grave " + Platform.marker());
            Casefiles.report(reporter.token, messageId, "other");
            Casefiles.decide(moderator, Casefiles.caseOf(moderator, messageId).getString("id"),
                    "{\"action\":\"dismiss\",\"reason\":\"Signalement infondé\",\"ground\":\"terms:1.0\"}");
        }
        var sixth = reporter.call("POST", "/reports", Json.createObjectBuilder()
                .add("messageId", Casefiles.sent(author, "encore rien " + Platform.marker()))
                .add("category", "other").build().toString());
        assertEquals(429, sixth.status(), sixth::toString);
        assertEquals("rate-limited", sixth.code());
        assertFalse(sixth.retryAfter().isEmpty(), "Retry-After says when");
        var other = Casefiles.report(Chatter.adult("Abo").token, Casefiles.sent(author, "toujours rien "
                + Platform.marker()), "other");
        assertFalse(other.isBlank(), "other reporters are not affected");
    }

    @Test
    void aTrustedFlaggersReportComesFirstWithinItsPriority() {
        var author = Chatter.adult("Tfa");
        author.mustJoin(ROOM);
        var ordinary = Casefiles.sent(author, "achetez mes trucs " + Platform.marker());
        var flagged = Casefiles.sent(author, "achetez encore " + Platform.marker());
        Casefiles.report(Chatter.adult("Tfr").token, ordinary, "spam");
        var flagger = Staff.create("flagger", "trusted-flagger");
        Casefiles.report(flagger, flagged, "spam");

        var moderator = Staff.moderator();
        var queue = Casefiles.openCases(moderator);
        int ordinaryAt = indexOf(queue, ordinary);
        int flaggedAt = indexOf(queue, flagged);
        assertTrue(flaggedAt >= 0 && ordinaryAt >= 0, queue::toString);
        assertTrue(flaggedAt < ordinaryAt, "the trusted flagger's newer case comes first: " + queue);
        assertTrue(queue.get(flaggedAt).getBoolean("trustedFlagger"));
        assertFalse(queue.get(ordinaryAt).getBoolean("trustedFlagger"));

        var staffRoute = Platform.call("GET", "/moderation/cases", flagger, null);
        assertEquals(403, staffRoute.status(), "a trusted flagger is no moderator: " + staffRoute);
    }

    @Test
    void aLegalHoldMarksTheMessageAndItsIdentificationDataUntilAnAdminReleasesIt() {
        var author = Chatter.adult("Lha");
        author.mustJoin(ROOM);
        var held = Casefiles.sent(author, "à conserver " + Platform.marker());
        var free = Casefiles.sent(author, "à oublier " + Platform.marker());
        var moderator = Staff.moderator();
        try (var store = new Store()) {
            var messages = store.database("messaging").getCollection("messages");
            var identification = store.database("moderation").getCollection("identification");
            Awaitility.await().atMost(WAIT).until(() -> identification.find(Filters.eq("_id", "content:" + held))
                    .first() != null);

            var placed = Platform.call("POST", "/moderation/legal-holds", moderator, Json.createObjectBuilder()
                    .add("messageId", held).add("from", Instant.now().minusSeconds(3600).toString())
                    .add("reason", "Réquisition judiciaire").add("reference", "PV 2026/1234").build().toString());
            assertEquals(201, placed.status(), placed::toString);
            var hold = placed.object();
            assertEquals("active", hold.getString("status"));
            assertTrue(hold.getJsonNumber("heldRecords").longValue() >= 2, "the content and its author's connection");
            var holdId = hold.getString("id");
            var listed = Platform.call("GET", "/moderation/legal-holds?status=active", moderator, null);
            assertTrue(listed.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .anyMatch(h -> holdId.equals(h.getString("id"))), listed::toString);

            Awaitility.await().atMost(WAIT).until(() -> flag(messages.find(Filters.eq("_id", held)).first()));
            assertFalse(flag(messages.find(Filters.eq("_id", free)).first()), "only the held message");
            assertTrue(flag(identification.find(Filters.eq("_id", "content:" + held)).first()));
            var freeRecord = identification.find(Filters.eq("_id", "content:" + free)).first();
            assertTrue(freeRecord == null || !flag(freeRecord));

            var byModerator = Platform.call("DELETE", "/moderation/legal-holds/" + holdId, moderator, null);
            assertEquals(403, byModerator.status(), "only an admin releases: " + byModerator);
            var released = Platform.call("DELETE", "/moderation/legal-holds/" + holdId, Staff.admin(), null);
            assertEquals(200, released.status(), released::toString);
            assertEquals("released", released.object().getString("status"));
            Awaitility.await().atMost(WAIT).until(() -> !flag(messages.find(Filters.eq("_id", held)).first()));
            assertFalse(flag(identification.find(Filters.eq("_id", "content:" + held)).first()));
        }
    }

    @Test
    void legalHoldsAndStaffAccountsRefuseBadInputAndTheWrongRoles() {
        var moderator = Staff.moderator();
        var chatter = Chatter.adult("Lhc");
        var noTarget = Platform.call("POST", "/moderation/legal-holds", moderator,
                "{\"reason\":\"r\",\"reference\":\"x\"}");
        assertEquals(400, noTarget.status(), noTarget::toString);
        assertEquals("invalid-field", noTarget.code());
        assertTrue(noTarget.isProblem());
        var badTime = Platform.call("POST", "/moderation/legal-holds", moderator,
                "{\"sessionId\":\"s\",\"from\":\"hier\",\"reason\":\"r\",\"reference\":\"x\"}");
        assertEquals(400, badTime.status(), badTime::toString);
        var malformed = Platform.call("POST", "/moderation/legal-holds", moderator, "[1]");
        assertEquals(400, malformed.status(), malformed::toString);
        assertEquals("malformed-json", malformed.code());
        var unknown = Platform.call("DELETE", "/moderation/legal-holds/nope", Staff.admin(), null);
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals(403, Platform.call("GET", "/moderation/legal-holds", chatter.token, null).status());

        var byModerator = Platform.call("POST", "/staff/accounts", moderator,
                "{\"username\":\"sneaky\",\"password\":\"a long password!\",\"roles\":[\"admin\"]}");
        assertEquals(403, byModerator.status(), byModerator::toString);
        var badRole = Platform.call("POST", "/staff/accounts", Staff.admin(),
                "{\"username\":\"someone\",\"password\":\"a long password!\",\"roles\":[\"root\"]}");
        assertEquals(400, badRole.status(), badRole::toString);
        assertEquals("invalid-field", badRole.code());
    }

    private static boolean flag(Document d) {
        return d != null && Boolean.TRUE.equals(d.getBoolean("legalHold"));
    }

    private static int indexOf(java.util.List<JsonObject> queue, String messageId) {
        for (int i = 0; i < queue.size(); i++) {
            if (messageId.equals(queue.get(i).getJsonObject("target").getString("messageId", ""))) {
                return i;
            }
        }
        return -1;
    }
}
