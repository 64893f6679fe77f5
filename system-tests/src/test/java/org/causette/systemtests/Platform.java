package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationEngine;
import org.causette.moderation.engine.Submission;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The platform under test, reached only through the gateway, as any client would. */
public final class Platform {
    public static final String URL = System.getProperty("causette.url", "http://localhost:8080");
    public static final String API = URL + "/api/v1";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger NICKNAMES = new AtomicInteger();
    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 50_000));
    private static final String RUN = letters(4);
    private static final ModerationEngine NAME_SCREEN = ModerationEngine.withDefaults();

    private Platform() {
    }

    /**
     * A client address of its own (TEST-NET-2, never routed): the test stack trusts X-Forwarded-For, so limits and
     * address bans apply per test chatter rather than to every test at once.
     */
    public static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    /**
     * A unique word of letters only, to recognise a message: digits could look like a phone number to the contact
     * shield and get the text masked.
     */
    public static String marker() {
        return letters(12);
    }

    /**
     * A nickname no other test of this run uses, and one the platform's own name screening accepts. A stem of letters
     * can spell a refused word with the prefix ("Abo" + "obs"), so a refused candidate is replaced by one with a fresh
     * stem; the stem is always four letters and the counter digits, so two calls never give the same nickname.
     */
    public static String nickname(String prefix) {
        var refused = new java.util.ArrayList<String>();
        var stem = RUN;
        while (refused.size() < 50) {
            var candidate = prefix + stem + NICKNAMES.incrementAndGet();
            if (NAME_SCREEN.evaluate(Submission.of(candidate, Context.NICKNAME)).action() == Action.ALLOW) {
                return candidate;
            }
            refused.add(candidate);
            stem = letters(4);
        }
        throw new IllegalStateException("test data: the name screening refuses every nickname with the prefix '" + prefix
                + "': " + refused);
    }

    private static String letters(int count) {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        var word = new StringBuilder();
        for (int i = 0; i < count; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    public static Answer call(String method, String path, String token, String body, String... headers) {
        return callUrl(method, API + path, token, body, headers);
    }

    /** A call to any URL, e.g. an internal service's port (the tests that check those services refuse outsiders). */
    public static Answer callUrl(String method, String url, String token, String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().allValues("Retry-After"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Answer(int status, String contentType, String body, List<String> retryAfter) {
        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public String code() {
            return object().getString("code", null);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
