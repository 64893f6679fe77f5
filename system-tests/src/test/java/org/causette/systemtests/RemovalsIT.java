package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import static org.causette.systemtests.Casefiles.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Removed messages disappear everywhere (API 1.1): deleted by their author, removed and restored by moderation. */
class RemovalsIT {

    @Test
    void anAuthorDeletesHerMessageAndEveryMemberPresentIsTold() {
        var author = Chatter.adult("Dla");
        var member = Chatter.adult("Dlm");
        author.mustJoin(ROOM);
        member.mustJoin(ROOM);
        try (var authorStream = author.stream(); var memberStream = member.stream()) {
            var text = "message bientôt supprimé " + Platform.marker();
            var messageId = Casefiles.sent(author, text);
            memberStream.await(Stream.message(text));

            var notMine = member.call("DELETE", "/messages/" + messageId, null);
            assertEquals(403, notMine.status(), notMine::toString);
            assertEquals("not-author", notMine.code());
            var acrossTheWall = Chatter.teen("Dlt").call("DELETE", "/messages/" + messageId, null);
            assertEquals(404, acrossTheWall.status(), "the other bracket learns nothing: " + acrossTheWall);
            var unknown = author.call("DELETE", "/messages/" + UUID.randomUUID(), null);
            assertEquals(404, unknown.status(), unknown::toString);
            assertEquals("not-found", unknown.code());

            var deleted = author.call("DELETE", "/messages/" + messageId, null);
            assertEquals(204, deleted.status(), deleted::toString);
            for (var stream : new Stream[]{authorStream, memberStream}) {
                var removed = stream.await(removed(messageId));
                assertEquals(ROOM, removed.getString("room"));
                assertEquals("author", removed.getString("by"));
            }
            assertFalse(inHistory(member, messageId), "history no longer lists it");
            assertEquals(204, author.call("DELETE", "/messages/" + messageId, null).status(), "deleting twice");
            assertEquals(1, memberStream.frames(removed(messageId)).size(), "told once");
        }
    }

    @Test
    void aModeratorsRemovalReachesEveryoneAndAReversedAppealRestoresTheMessage() {
        var author = Chatter.adult("Rva");
        var reporter = Chatter.adult("Rvr");
        author.mustJoin(ROOM);
        reporter.mustJoin(ROOM);
        try (var authorStream = author.stream(); var reporterStream = reporter.stream()) {
            var text = "message retiré par la modération " + Platform.marker();
            var messageId = Casefiles.sent(author, text);
            reporterStream.await(Stream.message(text));
            Casefiles.report(reporter.token, messageId, "harassment");
            var moderator = Staff.moderator();
            var decision = Casefiles.decide(moderator, Casefiles.caseOf(moderator, messageId).getString("id"),
                    "{\"action\":\"remove-message\",\"reason\":\"Propos blessants\",\"ground\":\"terms:4.1\"}");
            for (var stream : new Stream[]{authorStream, reporterStream}) {
                assertEquals("moderation", stream.await(removed(messageId)).getString("by"));
            }
            assertFalse(inHistory(reporter, messageId));

            var appeal = author.call("POST", "/appeals", Json.createObjectBuilder()
                    .add("statementId", Casefiles.statementId(decision.getString("statement")))
                    .add("reason", "Je citais quelqu'un.").build().toString());
            assertEquals(201, appeal.status(), appeal::toString);
            var reviewed = Platform.call("POST", "/moderation/appeals/" + appeal.object().getString("id")
                    + "/decisions", Staff.create("rvm", "moderator"), "{\"outcome\":\"reversed\",\"reason\":\"Citation.\"}");
            assertEquals(201, reviewed.status(), reviewed::toString);
            for (var stream : new Stream[]{authorStream, reporterStream}) {
                assertEquals(ROOM, stream.await(restored(messageId)).getString("room"));
            }
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> inHistory(reporter, messageId));
            assertTrue(reporterStream.frames(Stream.message(text)).size() == 1, "restored, not sent again");
        }
    }

    private static Predicate<JsonObject> removed(String messageId) {
        return f -> "removed".equals(f.getString("type", "")) && messageId.equals(f.getString("messageId", ""));
    }

    private static Predicate<JsonObject> restored(String messageId) {
        return f -> "restored".equals(f.getString("type", "")) && messageId.equals(f.getString("messageId", ""));
    }

    private static boolean inHistory(Chatter member, String messageId) {
        var history = member.call("GET", "/rooms/" + ROOM + "/messages?limit=100", null);
        return history.status() == 200 && history.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> messageId.equals(m.getString("id", "")));
    }
}
