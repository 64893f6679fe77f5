package org.causette.systemtests;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two gateways over one platform, as N gateway pods in Kubernetes: a second gateway (its own process, instance id
 * and durable subscription) is started beside the test platform's. Chatters streaming through either one see every
 * message, presence and conversation event exactly once; a block made through one holds on the other; killing one
 * gateway does not disturb the streams of the other. Runs in the last failsafe execution: it starts and kills a
 * process of its own.
 */
class TwoGatewaysIT {
    private static final String SECOND_PORT = System.getProperty("causette.second-gateway.port", "28090");
    private static final String SECOND = "http://localhost:" + SECOND_PORT;
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @BeforeAll
    static void startSecondGateway() {
        Launcher.run(secondGateway(), "start", "--detach", "gateway");
    }

    @AfterAll
    static void stopSecondGateway() {
        Launcher.run(secondGateway(), "stop", "gateway");
    }

    /**
     * Sessions per address (60 a minute in the test stack) counted across gateways: 40 through one, then the other
     * opens 20 and refuses the next, instead of giving the address a budget of its own.
     */
    @Test
    void anAddressSpreadingRequestsOverTheGatewaysGetsItsBudgetOnce() {
        var address = Platform.newAddress();
        awaitFreshMinute();
        for (int i = 0; i < 40; i++) {
            assertEquals(201, openSession(Platform.URL, address), "session " + i + " through the first gateway");
        }
        pause(4_000); // a few syncs of the shared counts (every second)
        int second = 0;
        while (second <= 60 && openSession(SECOND, address) == 201) {
            second++;
        }
        assertEquals(20, second, "sessions the second gateway opened for an address that used 40 of 60 elsewhere");
        pause(3_000);
        assertEquals(429, openSession(Platform.URL, address), "the first gateway knows the budget is spent too");
    }

    /** The counts are per minute of wall-clock time: start early in one, so the 60 sessions fall in the same. */
    private static void awaitFreshMinute() {
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 20_000) {
            pause(60_000 - intoMinute + 500);
        }
    }

    private static int openSession(String gateway, String address) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(gateway + "/api/v1/sessions"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(jakarta.json.Json.createObjectBuilder()
                        .add("nickname", Platform.nickname("Gwl")).add("age", 30).build().toString()))
                .build();
        try {
            return Platform.HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStreamTicketMadeThroughOneGatewayOpensAStreamAtTheOtherOnce() {
        var chatter = Chatter.adult("Gwt");
        var created = chatter.call("POST", "/stream-tickets", null);
        assertEquals(201, created.status(), created::toString);
        var ticket = created.object().getString("ticket");
        try (var stream = Stream.withTicket(SECOND, ticket)) {
            stream.send(jakarta.json.Json.createObjectBuilder().add("type", "ping").build());
            stream.await(Stream.type("pong"), DELIVERY);
        }
        var failure = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class,
                () -> Stream.withTicket(Platform.URL, ticket));
        assertTrue(failure.getCause() instanceof java.net.http.WebSocketHandshakeException, failure::toString);
        assertEquals(401, ((java.net.http.WebSocketHandshakeException) failure.getCause()).getResponse()
                .statusCode(), "a ticket spent at one gateway is spent at every gateway");
    }

    @Test
    void roomMessagesAndPresenceReachEveryMemberOnceWhicheverGatewayTheyUse() {
        var room = "musique";
        var ana = Chatter.adult("Gwa");
        var bob = Chatter.adult("Gwb");
        var cleo = Chatter.adult("Gwc");
        ana.mustJoin(room);
        bob.mustJoin(room);
        cleo.mustJoin(room);
        try (var anaStream = ana.stream(); var bobStream = Stream.open(SECOND, bob.token);
             var cleoStream = Stream.open(SECOND, cleo.token)) {
            var dan = Chatter.adult("Gwd");
            dan.mustJoin(room);
            Predicate<JsonObject> danJoined = f -> "presence".equals(f.getString("type", ""))
                    && dan.id.equals(f.getString("sessionId", "")) && "joined".equals(f.getString("state", ""));
            anaStream.await(danJoined, DELIVERY);
            bobStream.await(danJoined, DELIVERY);

            var fromAna = new ArrayList<String>();
            var fromBob = new ArrayList<String>();
            for (int i = 0; i < 12; i++) {
                fromAna.add(send(anaStream, room, "premier"));
                fromBob.add(send(bobStream, room, "second"));
            }
            for (var stream : List.of(anaStream, bobStream, cleoStream)) {
                awaitTexts(stream, fromAna.size() + fromBob.size(), f -> true);
                assertEquals(fromAna, textsFrom(stream, ana), "ana's messages once each, in order");
                assertEquals(fromBob, textsFrom(stream, bob), "bob's messages once each, in order");
            }
            assertEquals(1, anaStream.frames(danJoined).size(), "one presence event per joiner");
            assertEquals(1, bobStream.frames(danJoined).size(), "one presence event per joiner");
        }
    }

    @Test
    void conversationRunsBetweenStreamsOnDifferentGateways() {
        var lea = Chatter.adult("Gwl");
        var noe = Chatter.adult("Gwn");
        try (var leaStream = lea.stream(); var noeStream = Stream.open(SECOND, noe.token)) {
            var opened = lea.call("POST", "/conversations", "{\"peer\":\"" + noe.id + "\"}");
            assertEquals(201, opened.status(), opened::toString);
            var id = opened.object().getString("id");
            noeStream.await(f -> "conversation".equals(f.getString("type", "")) && id.equals(f.getString("id", "")),
                    DELIVERY);
            assertEquals(200, noe.call("POST", "/conversations/" + id + "/accept", null).status());

            var question = "bonjour " + Platform.marker();
            leaStream.sendToConversation(id, UUID.randomUUID().toString(), question);
            var answer = "salut " + Platform.marker();
            noeStream.await(Stream.message(question), DELIVERY);
            noeStream.sendToConversation(id, UUID.randomUUID().toString(), answer);
            leaStream.await(Stream.message(answer), DELIVERY);
            noeStream.await(Stream.message(answer), DELIVERY);
            pause(1000);
            for (var stream : List.of(leaStream, noeStream)) {
                assertEquals(1, stream.frames(Stream.message(question)).size(), "once on each stream");
                assertEquals(1, stream.frames(Stream.message(answer)).size(), "once on each stream");
            }
        }
    }

    @Test
    void aBlockMadeThroughOneGatewayHoldsOnTheOther() {
        var room = "sport";
        var troll = Chatter.adult("Gwt");
        var target = Chatter.adult("Gwv");
        var witness = Chatter.adult("Gww");
        troll.mustJoin(room);
        target.mustJoin(room);
        witness.mustJoin(room);
        try (var trollStream = troll.stream(); var targetStream = Stream.open(SECOND, target.token);
             var witnessStream = Stream.open(SECOND, witness.token)) {
            var blocked = target.call("POST", "/blocks", "{\"sessionId\":\"" + troll.id + "\"}");
            assertEquals(204, blocked.status(), blocked::toString);
            pause(1500); // the block travels to the second gateway as an event

            var text = "encore moi " + Platform.marker();
            trollStream.sendToRoom(room, UUID.randomUUID().toString(), text);
            witnessStream.await(Stream.message(text), DELIVERY);
            trollStream.await(Stream.message(text), DELIVERY);
            pause(1000);
            assertTrue(targetStream.frames(Stream.message(text)).isEmpty(), "nothing from a blocked session");
        }
    }

    @Test
    void killingOneGatewayLeavesTheOthersStreamsWhole() {
        var room = "bordeaux";
        var ana = Chatter.adult("Gwk");
        var bob = Chatter.adult("Gwm");
        ana.mustJoin(room);
        bob.mustJoin(room);
        try (var anaStream = ana.stream()) {
            var sent = new ArrayList<String>();
            try (var bobStream = Stream.open(SECOND, bob.token)) {
                sent.add(send(anaStream, room, "avant"));
                bobStream.await(Stream.message(sent.get(0)), DELIVERY);
                Launcher.run(secondGateway(), "kill", "gateway");
                for (int i = 0; i < 6; i++) {
                    sent.add(send(anaStream, room, "pendant"));
                }
                await().atMost(DELIVERY).until(bobStream::isClosed);
            }
            Launcher.run(secondGateway(), "start", "--detach", "gateway");
            try (var bobStream = Stream.open(SECOND, bob.token)) {
                var after = send(anaStream, room, "apres");
                sent.add(after);
                bobStream.await(Stream.message(after), DELIVERY);
                pause(1000);
                assertEquals(1, bobStream.frames(Stream.message(after)).size(), "once after the restart");
                var history = bob.call("GET", "/rooms/" + room + "/messages?limit=20", null);
                assertEquals(200, history.status(), history::toString);
                var historyTexts = history.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("text")).toList();
                assertTrue(historyTexts.containsAll(sent), "what bob missed while his gateway was down is in history");
            }
            awaitTexts(anaStream, sent.size(), f -> ana.id.equals(f.getJsonObject("from").getString("sessionId")));
            assertEquals(sent, textsFrom(anaStream, ana), "the other gateway's stream saw everything once, in order");
        }
    }

    /** The second gateway: its own home, port and instance id; the test platform's keys, broker and store. */
    private static Map<String, String> secondGateway() {
        var home = System.getProperty("causette.home");
        var environment = new HashMap<String, String>();
        environment.put("CAUSETTE_HOME", home + "-gateway-2");
        environment.put("CAUSETTE_KEY_DIR", home + "/keys");
        environment.put("CAUSETTE_GATEWAY_PORT", SECOND_PORT);
        environment.put("CAUSETTE_GATEWAY_MANAGEMENT_PORT", System.getProperty("causette.second-gateway.management.port"));
        environment.put("CAUSETTE_GATEWAY_INSTANCE", "2");
        environment.put("CAUSETTE_GATEWAY_TRUSTED_PROXY_HOPS", "1");
        environment.put("CAUSETTE_START_TIMEOUT", "600");
        environment.put("ARTEMIS_URL", "tcp://127.0.0.1:" + System.getenv("CAUSETTE_BROKER_PORT"));
        var mongo = System.getenv("MONGODB_URI");
        environment.put("MONGODB_URI", mongo != null ? mongo : "mongodb://127.0.0.1:" + System.getenv("CAUSETTE_STORE_PORT"));
        return environment;
    }

    /** Sends a message with a unique text on the stream and waits for its ack; returns the text. */
    private static String send(Stream stream, String room, String word) {
        var clientMessageId = UUID.randomUUID().toString();
        var text = word + " " + Platform.marker();
        stream.sendToRoom(room, clientMessageId, text);
        stream.await(Stream.ackOf(clientMessageId), DELIVERY);
        return text;
    }

    private static void awaitTexts(Stream stream, int count, Predicate<JsonObject> which) {
        try {
            await().atMost(DELIVERY).until(() -> stream.frames(Stream.type("message").and(which)).size() >= count);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // the assertions that follow say what is missing
        }
        pause(1000);
    }

    private static List<String> textsFrom(Stream stream, Chatter sender) {
        return stream.frames(f -> "message".equals(f.getString("type", ""))
                        && sender.id.equals(f.getJsonObject("from").getString("sessionId")))
                .stream().map(f -> f.getString("text")).toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
