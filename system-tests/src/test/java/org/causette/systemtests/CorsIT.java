package org.causette.systemtests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CORS for configured origins only: the test stack configures {@value #FRONT} in
 * {@code causette.gateway.cors.origins} (system-tests/pom.xml); every other origin gets no CORS header.
 */
class CorsIT {
    static final String FRONT = "https://front.causette.test";
    private static final String OTHER = "https://evil.example";

    @Test
    void aConfiguredOriginsPreflightIsAnswered() throws Exception {
        var answer = send(HttpRequest.newBuilder(URI.create(Platform.API + "/sessions"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", FRONT)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, causette-device"));
        assertEquals(204, answer.statusCode(), answer::toString);
        assertEquals(FRONT, header(answer, "Access-Control-Allow-Origin"));
        assertTrue(header(answer, "Access-Control-Allow-Methods").contains("POST"));
        assertTrue(header(answer, "Access-Control-Allow-Headers").contains("Authorization"));
        assertTrue(header(answer, "Access-Control-Allow-Headers").contains("Causette-Device"));
        assertTrue(answer.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        var chatter = Chatter.adult("Cors");
        var rooms = send(HttpRequest.newBuilder(URI.create(Platform.API + "/rooms")).GET()
                .header("Origin", FRONT).header("Authorization", "Bearer " + chatter.token));
        assertEquals(200, rooms.statusCode());
        assertEquals(FRONT, header(rooms, "Access-Control-Allow-Origin"));
        assertTrue(header(rooms, "Access-Control-Expose-Headers").contains("Retry-After"));
    }

    @Test
    void anyOtherOriginGetsNoCorsHeaderAndItsPreflightIsRefused() throws Exception {
        var preflight = send(HttpRequest.newBuilder(URI.create(Platform.API + "/sessions"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", OTHER)
                .header("Access-Control-Request-Method", "POST"));
        assertEquals(403, preflight.statusCode(), preflight::toString);
        assertTrue(preflight.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(preflight.body().contains("\"origin-not-allowed\""), preflight::body);
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

        var unusualHeader = send(HttpRequest.newBuilder(URI.create(Platform.API + "/sessions"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", FRONT)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-made-up"));
        assertEquals(403, unusualHeader.statusCode(), unusualHeader::toString);

        var chatter = Chatter.adult("Corx");
        var rooms = send(HttpRequest.newBuilder(URI.create(Platform.API + "/rooms")).GET()
                .header("Origin", OTHER).header("Authorization", "Bearer " + chatter.token));
        assertEquals(200, rooms.statusCode());
        assertTrue(rooms.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

        var noOrigin = send(HttpRequest.newBuilder(URI.create(Platform.API + "/rooms")).GET()
                .header("Authorization", "Bearer " + chatter.token));
        assertFalse(noOrigin.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return Platform.HTTP.send(request.header("X-Forwarded-For", Platform.newAddress()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<String> answer, String name) {
        return answer.headers().firstValue(name).orElse("");
    }
}
