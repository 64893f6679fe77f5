package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.causette.systemtests.PrivateRoomsIT.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session renews itself before it expires; ended, expired and banned sessions cannot. */
class SessionRenewalIT {

    @Test
    void aValidSessionGetsANewTokenAndKeepsItsIdentity() {
        var lou = Chatter.adult("Ren");
        lou.mustJoin("discussion");
        var renewed = lou.call("POST", "/sessions/me/renewal", null);
        assertEquals(200, renewed.status(), renewed::toString);
        var token = renewed.object().getString("token");
        var session = renewed.object().getJsonObject("session");
        assertNotEquals(lou.token, token);
        assertEquals(lou.id, session.getString("id"));
        assertEquals(lou.nickname, session.getString("nickname"));
        assertEquals("adult", session.getString("bracket"));
        assertTrue(Instant.parse(session.getString("expiresAt")).isAfter(Instant.now().plus(Duration.ofHours(11))));
        assertFalse(session.containsKey("deviceToken"));

        assertEquals(200, Platform.call("GET", "/rooms/discussion/members", token, null).status(),
                "same session: still a member");
        assertEquals(200, lou.call("GET", "/rooms", null).status(), "the old token works for a short grace");
        refused(lou.call("POST", "/sessions/me/renewal", null), 401, "unauthenticated");
        try (var stream = Stream.open(token)) {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
                stream.send(Json.createObjectBuilder().add("type", "ping").build());
                return !stream.frames(Stream.type("pong")).isEmpty();
            });
        }
        var again = Platform.call("POST", "/sessions/me/renewal", token, null);
        assertEquals(200, again.status(), again::toString);
    }

    @Test
    void endedExpiredAndMissingTokensAreRefused() throws Exception {
        refused(Platform.call("POST", "/sessions/me/renewal", null, null), 401, "unauthenticated");
        var ended = Chatter.adult("End");
        assertEquals(204, ended.call("DELETE", "/sessions/me", null).status());
        refused(ended.call("POST", "/sessions/me/renewal", null), 401, "unauthenticated");

        var lou = Chatter.adult("Exr");
        var now = Instant.now().getEpochSecond();
        var expired = Tokens.signed("{\"iss\":\"causette\",\"sub\":\"" + lou.id + "\",\"nickname\":\"" + lou.nickname
                + "\",\"bracket\":\"adult\",\"groups\":[\"adult\"],\"iat\":" + (now - 7200) + ",\"exp\":" + (now - 60) + "}");
        refused(Platform.call("POST", "/sessions/me/renewal", expired, null), 401, "unauthenticated");
        var foreign = Tokens.signed("{\"iss\":\"causette\",\"sub\":\"" + lou.id + "\",\"nickname\":\"" + lou.nickname
                + "\",\"bracket\":\"adult\",\"groups\":[\"adult\"],\"jti\":\"not-its-token\",\"iat\":" + now
                + ",\"exp\":" + (now + 3600) + "}");
        refused(Platform.call("POST", "/sessions/me/renewal", foreign, null), 401, "unauthenticated");
    }

    @Test
    void aBannedSessionIsNotRenewed() {
        var offender = Chatter.adult("Bnr");
        var reporter = Chatter.adult("Rpr");
        var report = reporter.call("POST", "/reports", Json.createObjectBuilder().add("sessionId", offender.id)
                .add("category", "harassment").add("comment", "insultes en privé").build().toString());
        assertEquals(201, report.status(), report::toString);
        var staff = CaseworkIT.staffToken();
        var cases = Platform.call("GET", "/moderation/cases?status=open", staff, null);
        var caseFile = cases.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> offender.id.equals(c.getJsonObject("target").getString("sessionId", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no case for the reported session: " + cases));
        var decision = Platform.call("POST", "/moderation/cases/" + caseFile.getString("id") + "/decisions", staff,
                "{\"action\":\"ban\",\"durationMinutes\":60,\"reason\":\"Harcèlement\",\"ground\":\"terms:4.2\"}");
        assertEquals(201, decision.status(), decision::toString);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> offender.call("POST", "/sessions/me/renewal", null).status() == 403);
        refused(offender.call("POST", "/sessions/me/renewal", null), 403, "banned");
    }
}
