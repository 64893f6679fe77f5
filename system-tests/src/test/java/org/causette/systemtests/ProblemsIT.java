package org.causette.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad input gets the documented problem+json answer, never a 5xx. */
class ProblemsIT {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"nickname\":\"L\",\"age\":19}                 | 400 | invalid-nickname",
            "{\"nickname\":\"a b\",\"age\":19}               | 400 | invalid-nickname",
            "{\"nickname\":\"Lou<script>\",\"age\":19}       | 400 | invalid-nickname",
            "{\"nickname\":\"Lou\",\"age\":19.5}             | 400 | invalid-age",
            "{\"nickname\":\"Lou\",\"age\":\"19\"}           | 400 | invalid-age",
            "{\"nickname\":\"Lou\",\"age\":121}              | 400 | invalid-age",
            "{\"nickname\":\"Lou\",\"age\":-1}               | 400 | invalid-age",
            "{\"nickname\":\"Lou\",\"age\":14}               | 403 | under-minimum-age",
            "{\"nickname\":\"Lou\",\"age\":20,\"gender\":\"q\"} | 400 | invalid-field",
            "{\"nickname\":\"Lou\",\"age\":20,\"region\":\"Paris\"} | 400 | invalid-field",
            "{bad                                             | 400 | malformed-json",
            "[1]                                              | 400 | malformed-json",
    })
    void badSessionRequests(String body, int status, String code) {
        // an address of its own: a refusal as under 15 keeps its address out for 10 minutes
        var answer = Platform.call("POST", "/sessions", null, body, "X-Forwarded-For", Platform.newAddress());
        assertEquals(status, answer.status(), answer::toString);
        assertTrue(answer.isProblem(), answer::toString);
        assertEquals(code, answer.code());
        assertTrue(answer.object().containsKey("title") && answer.object().containsKey("detail"));
    }

    @Test
    void wrongMediaTypeAndOversizedBodies() {
        var text = Platform.call("POST", "/sessions", null, null, "Content-Type", "text/plain");
        assertEquals(415, text.status(), text::toString);
        assertEquals("unsupported-media-type", text.code());
        var huge = Platform.call("POST", "/sessions", null, "{\"nickname\":\"" + "a".repeat(70_000) + "\"}");
        assertEquals(413, huge.status(), huge::toString);
        assertEquals("payload-too-large", huge.code());
    }

    @Test
    void tokensAreRequiredAndChecked() {
        assertEquals("unauthenticated", Platform.call("GET", "/rooms", null, null).code());
        assertEquals(401, Platform.call("GET", "/rooms", "not-a-token", null).status());
        var lou = Chatter.adult("Tok");
        var parts = lou.token.split("\\.");
        var tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        var answer = Platform.call("GET", "/rooms", tampered, null);
        assertEquals(401, answer.status());
        assertEquals("unauthenticated", answer.code());
        var staffOnly = lou.call("GET", "/moderation/cases?status=open", null);
        assertEquals(403, staffOnly.status());
        assertEquals("forbidden", staffOnly.code());
    }

    @Test
    void theStreamRefusesABadTokenBeforeTheUpgrade() {
        var http = Platform.HTTP.newWebSocketBuilder();
        var url = Platform.URL.replaceFirst("^http", "ws") + "/api/v1/stream?access_token=forged";
        var failure = assertThrows(CompletionException.class, () -> http.buildAsync(URI.create(url),
                new java.net.http.WebSocket.Listener() { }).join());
        var handshake = assertInstanceOf(java.net.http.WebSocketHandshakeException.class, failure.getCause());
        assertEquals(401, handshake.getResponse().statusCode());
        var plain = Platform.HTTP.sendAsync(HttpRequest.newBuilder(URI.create(Platform.API
                + "/stream?access_token=forged")).build(), HttpResponse.BodyHandlers.ofString()).join();
        assertEquals(401, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void messagesAreValidated() {
        var lou = Chatter.adult("Val");
        lou.mustJoin("discussion");
        var tooLong = lou.say("discussion", "é".repeat(1001));
        assertEquals(413, tooLong.status(), tooLong::toString);
        assertEquals("message-too-long", tooLong.code());
        assertEquals(202, lou.say("discussion", "😀".repeat(1000)).status(), "1000 code points are fine");
        var noId = lou.call("POST", "/rooms/discussion/messages", "{\"text\":\"salut\"}");
        assertEquals(400, noId.status());
        assertEquals("invalid-field", noId.code());
        var notMember = lou.say("paris", "coucou");
        assertEquals(403, notMember.status(), notMember::toString);
        assertEquals("not-a-member", notMember.code());
        var unknownRoom = lou.join("no-such-room");
        assertEquals(404, unknownRoom.status());
        assertEquals("not-found", unknownRoom.code());
        var badLimit = lou.call("GET", "/rooms/discussion/messages?limit=500", null);
        assertEquals(400, badLimit.status());
        assertEquals("invalid-field", badLimit.code());
        assertFalse(badLimit.body().contains("Exception"));
    }

    @Test
    void unknownRoutesAreProblemsToo() {
        var answer = Platform.call("GET", "/no-such-route", null, null);
        assertEquals(404, answer.status());
        assertTrue(answer.isProblem());
    }
}
