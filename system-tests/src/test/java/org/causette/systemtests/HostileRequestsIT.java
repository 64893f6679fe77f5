package org.causette.systemtests;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What one anonymous client can send the gateway, from outside: made-up methods, broken encodings, deep JSON, huge
 * headers, broken chunked bodies. Every answer is a 4xx problem (never 5xx, never a page, never a stack trace), and
 * the gateway is still healthy afterwards.
 */
class HostileRequestsIT {
    private static final int REQUESTS = 10_000;
    private static final String MANAGEMENT = "http://127.0.0.1:" + System.getProperty("causette.management.port");

    /** One kind of hostile request; {@code libertyRefuses}: Liberty answers it before the application sees it. */
    private record Kind(String name, boolean libertyRefuses, Function<Random, RawHttp.Reply> send) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("made-up method", false, r -> RawHttp.exchange(randomMethod(r) + " " + anyPath(r) + " HTTP/1.1")),
            new Kind("WebDAV method", false, r -> RawHttp.exchange("PROPFIND /api/v1/rooms HTTP/1.1")),
            new Kind("broken query escape", false, r -> RawHttp.exchange("GET /api/v1/stream?" + pick(r,
                    "%zz=1", "a=%", "a=%4", "%00=x", "access_token=%G1") + " HTTP/1.1")),
            new Kind("escaped separator in path", false, r -> RawHttp.exchange("GET /api/v1/rooms/" + pick(r,
                    "a%2Fb", "%2e%2e", "%2E", "a%5Cb", "a%3Bb", "%2e%2e%2f%2e%2e%2fetc", "../x", "a//b") + " HTTP/1.1")),
            new Kind("undecodable path escape", false, r -> RawHttp.exchange("GET /api/v1/rooms/" + pick(r,
                    "a%00b", "%zz", "%", "%4", "x%0a", "..;x") + " HTTP/1.1")),
            new Kind("long URI", false, r -> RawHttp.exchange("GET /api/v1/rooms?q=" + "a".repeat(3000 + r.nextInt(5000))
                    + " HTTP/1.1")),
            new Kind("deep JSON", false, r -> json("POST /api/v1/sessions",
                    "[".repeat(33 + r.nextInt(20_000)))),
            new Kind("deep JSON object", false, r -> json("POST /api/v1/rooms",
                    "{\"a\":".repeat(40 + r.nextInt(2000)) + "1")),
            new Kind("garbage JSON", false, r -> json("POST /api/v1/sessions", randomText(r, 1 + r.nextInt(200)))),
            new Kind("bad content type", false, r -> RawHttp.exchange("POST /api/v1/sessions HTTP/1.1\r\nContent-Type: "
                    + pick(r, ";;;", "application/json; charset=foo", "x", "application/json; q", "text/html")
                    + "\r\nContent-Length: 2", "{}".getBytes(StandardCharsets.UTF_8))),
            new Kind("big header", false, r -> RawHttp.exchange("GET /api/v1/rooms HTTP/1.1\r\nX-Filler: "
                    + "b".repeat(8_000 + r.nextInt(8_000)) + "\r\nAuthorization: Bearer " + "c".repeat(2000))),
            new Kind("headers over 32 KiB", false, r -> RawHttp.exchange("GET /api/v1/rooms HTTP/1.1\r\nX-Filler: "
                    + "b".repeat(33_000 + r.nextInt(30_000)))),
            new Kind("header field over Liberty's 64 KiB limit", true, r -> RawHttp.exchange("GET /api/v1/rooms HTTP/1.1"
                    + "\r\nX-Filler: " + "b".repeat(70_000 + r.nextInt(20_000)))),
            new Kind("broken chunked body", false, r -> RawHttp.exchange("POST /api/v1/sessions HTTP/1.1\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked", pick(r,
                    "-5\r\nabcde\r\n0\r\n\r\n", "3\r\nabcdef\r\n0\r\n\r\n", "2;\r\n{}\r\nzz\r\n\r\n",
                    "4\r\n{}\r\n\r\nx\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1))),
            new Kind("body larger than announced limit", false, r -> RawHttp.exchange("POST /api/v1/sessions HTTP/1.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (70_000 + r.nextInt(1_000_000)), new byte[0])),
            new Kind("bad token on the stream", false, r -> RawHttp.exchange("GET /api/v1/stream?access_token="
                    + randomText(r, 20).replaceAll("[^A-Za-z0-9]", "x") + " HTTP/1.1")));

    @Test
    void tenThousandMalformedRequestsGetProblemsAndTheGatewayStaysHealthy() throws Exception {
        var failures = new ConcurrentLinkedQueue<String>();
        var perKind = new ConcurrentHashMap<String, AtomicInteger>();
        var sent = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(4);
        for (int worker = 0; worker < 4; worker++) {
            long seed = 11L * worker + System.nanoTime();
            pool.execute(() -> {
                var random = new Random(seed);
                while (sent.getAndIncrement() < REQUESTS) {
                    var kind = KINDS.get(random.nextInt(KINDS.size()));
                    perKind.computeIfAbsent(kind.name(), k -> new AtomicInteger()).incrementAndGet();
                    try {
                        check(kind, kind.send().apply(random)).ifPresent(failures::add);
                    } catch (RuntimeException e) {
                        failures.add(kind.name() + ": " + e);
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "the hostile requests finished");
        assertEquals(List.of(), failures.stream().limit(20).toList(), () -> failures.size() + " bad answers");
        assertEquals(KINDS.size(), perKind.size(), "every kind was sent: " + perKind);

        assertEquals(200, Launcher.readinessAt(System.getProperty("causette.management.port")), "ready afterwards");
        var chatter = Chatter.adult("Hst");
        chatter.mustJoin("discussion");
        assertEquals(202, chatter.say("discussion", "toujours la " + Platform.marker()).status());
    }

    /** Liberty's web container cannot decode these: the gateway's edge feature answers them before it tries. */
    @Test
    void undecodablePathsAreMalformedPathProblems() {
        for (var path : List.of("%zz", "a%00b", "%", "%4", "x%0a")) {
            var reply = RawHttp.exchange("GET /api/v1/rooms/" + path + " HTTP/1.1");
            assertEquals(400, reply.status(), path + ": " + reply);
            assertTrue(reply.isProblem() && reply.body().contains("\"malformed-path\""), path + ": " + reply);
        }
    }

    @Test
    void headersOver32KiBAre431Problems() {
        var oneField = RawHttp.exchange("GET /api/v1/rooms HTTP/1.1\r\nX-Filler: " + "b".repeat(40_000));
        var manyFields = RawHttp.exchange("GET /api/v1/rooms HTTP/1.1" + ("\r\nX-Filler: " + "b".repeat(12_000)).repeat(3));
        for (var reply : List.of(oneField, manyFields)) {
            assertEquals(431, reply.status(), reply::toString);
            assertTrue(reply.isProblem() && reply.body().contains("\"headers-too-large\""), reply::toString);
        }
    }

    /**
     * A {@code Host} naming a port the public virtual host does not serve falls to Liberty's default_host, the home
     * of /metrics and /health: through the public port the edge answers 421, through the management port they
     * still answer.
     */
    @Test
    void hostsNamingOtherPortsAreMisdirectedProblems() {
        int publicPort = URI.create(Platform.URL).getPort();
        int managementPort = Integer.parseInt(System.getProperty("causette.management.port"));
        for (var host : List.of("localhost:1234", "localhost:" + managementPort, "[::1]:9")) {
            for (var path : List.of("/api/v1/rooms", "/metrics", "/health/ready")) {
                var reply = RawHttp.exchange(publicPort, host, "GET " + path + " HTTP/1.1");
                assertEquals(421, reply.status(), host + path + ": " + reply);
                assertTrue(reply.isProblem() && reply.body().contains("\"misdirected-request\""), host + path + ": " + reply);
            }
        }
        var probe = RawHttp.exchange(managementPort, "localhost:1234", "GET /health/live HTTP/1.1");
        assertEquals(200, probe.status(), "the management port answers any host: " + probe);
    }

    /** What is wrong with the answer, if anything. */
    private static java.util.Optional<String> check(Kind kind, RawHttp.Reply reply) {
        if (reply.status() == 0 && kind.libertyRefuses()) {
            return java.util.Optional.empty();   // Liberty's channel closed an oversized request: nothing kept
        }
        if (reply.status() < 400 || reply.status() >= 500) {
            return java.util.Optional.of(kind.name() + ": " + reply);
        }
        if (reply.body().contains("Exception") || reply.body().contains("\tat ") || reply.body().contains("<html")) {
            return java.util.Optional.of(kind.name() + " leaks a page or a stack trace: " + reply);
        }
        if (!reply.isProblem() && !(kind.libertyRefuses() && reply.status() == 400)) {
            return java.util.Optional.of(kind.name() + " is not a problem: " + reply);
        }
        return java.util.Optional.empty();
    }

    @Test
    void managementRoutesAreNotOnThePublicPort() throws Exception {
        for (var path : List.of("/metrics", "/metrics/vendor", "/health/ready", "/health/live", "/openapi", "/openapi/ui/")) {
            var reply = RawHttp.exchange("GET " + path + " HTTP/1.1\r\nOrigin: https://evil.example");
            assertEquals(404, reply.status(), path + ": " + reply);
            assertTrue(reply.isProblem(), path + ": " + reply);
        }
        var local = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, local.statusCode(), "metrics on the management port");
    }

    @Test
    void madeUpMethodsAddNoMetricSeries() throws Exception {
        int before = series();
        for (int i = 0; i < 200; i++) {
            var reply = RawHttp.exchange("X" + i + "Q /health/ready HTTP/1.1");
            assertEquals(405, reply.status(), reply::toString);
            assertTrue(reply.isProblem(), reply::toString);
        }
        int after = series();
        assertTrue(after - before < 20, "series before " + before + ", after " + after);
    }

    private static int series() throws Exception {
        var metrics = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertFalse(metrics.contains("X17Q"), "no series names a client's method");
        return (int) metrics.lines().filter(l -> !l.startsWith("#")).count();
    }

    @Test
    void unknownMethodIs405Problem() {
        var reply = RawHttp.exchange("M1 /api/v1/rooms HTTP/1.1");
        assertEquals(405, reply.status(), reply::toString);
        assertTrue(reply.body().contains("\"method-not-allowed\""), reply::toString);
    }

    @Test
    void deepJsonIs400MalformedJson() {
        var answer = Platform.call("POST", "/sessions", null, "[".repeat(1000) + "]".repeat(1000));
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("malformed-json", answer.code());
        var nested = Platform.call("POST", "/sessions", null, "{\"nickname\":\"Lou\",\"age\":20,\"x\":"
                + "{\"y\":".repeat(5000) + "1" + "}".repeat(5001));
        assertEquals("malformed-json", nested.code(), nested::toString);
    }

    /** Liberty answers a chunk size it cannot parse only once its read of the body times out (seconds). */
    @Test
    void brokenChunkedBodyIs400Problem() {
        var reply = RawHttp.exchange("POST /api/v1/sessions HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked", "zz\r\nabc\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
    }

    @Test
    void undecodableStreamQueryIs400Problem() {
        var reply = RawHttp.exchange("GET /api/v1/stream?%zz=1 HTTP/1.1");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.body().contains("\"malformed-query\""), reply::toString);
    }

    private static RawHttp.Reply json(String requestLine, String body) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.exchange(requestLine + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                + bytes.length, bytes);
    }

    private static String randomMethod(Random random) {
        var letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
        var method = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
            method.append(letters.charAt(random.nextInt(letters.length())));
        }
        var name = method.toString();
        return Map.of("GET", 1, "PUT", 1, "POST", 1, "HEAD", 1).containsKey(name) ? "M" + name : name;
    }

    private static String anyPath(Random random) {
        return pick(random, "/health/ready", "/metrics", "/", "/api/v1/rooms", "/api/v1/sessions", "/index.html",
                "/api/v1/stream");
    }

    private static String randomText(Random random, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x21 + random.nextInt(0x5e)));
        }
        return text.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
