package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real processes killed with SIGKILL in the middle of a stream of messages. A client that got 202 (or retried the
 * same clientMessageId until it did) must see every message delivered exactly once, in the order it sent them.
 * Runs after every other system test (its own failsafe execution): it restarts parts of the platform.
 */
class FaultToleranceFaultIT {
    private static final int MESSAGES = 24;

    @ParameterizedTest(name = "kill -9 {0}")
    @ValueSource(strings = {"broker", "moderation-service", "messaging-service", "rooms-service"})
    void everyAcknowledgedMessageIsDeliveredOnceAndInOrder(String component) {
        var sender = Chatter.adult("Snd");
        var receiver = Chatter.adult("Rcv");
        var room = "plus-de-40";
        sender.mustJoin(room);
        receiver.mustJoin(room);
        try (var stream = receiver.stream()) {
            var accepted = new ArrayList<String>();
            var sending = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < MESSAGES; i++) {
                    accepted.add(sendUntilAccepted(sender, room, UUID.randomUUID().toString(), component + " #" + i));
                    pause(150);
                }
            });
            pause(1200);
            Launcher.run("kill", component);
            pause(1500);
            Launcher.run("start", "--detach", component);
            sending.join();

            try {
                await().atMost(Duration.ofSeconds(120)).until(() -> deliveredFrom(stream, sender).size() >= MESSAGES);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // fall through: the assertion below says what is missing
            }
            pause(1000);
            assertEquals(accepted, deliveredFrom(stream, sender), "each accepted message once, in sending order");
        }
    }

    @Test
    void withoutMongoDbReadinessGoesDownAndSendsAreRefusedNotLost() {
        var sender = Chatter.adult("Mdb");
        var receiver = Chatter.adult("Mdr");
        var room = "lyon";
        sender.mustJoin(room);
        receiver.mustJoin(room);
        try (var stream = receiver.stream()) {
            Launcher.run("stop", "store");
            await().atMost(Duration.ofSeconds(30)).until(() -> Launcher.readiness("messaging-service") == 503);
            var refused = sender.say(room, "pendant la panne");
            assertEquals(503, refused.status(), refused::toString);
            assertTrue(refused.isProblem());
            Launcher.run("start", "--detach", "store");
            await().atMost(Duration.ofSeconds(60)).until(() -> Launcher.readiness("messaging-service") == 200
                    && Launcher.readiness("rooms-service") == 200 && Launcher.readiness("gateway") == 200);
            var text = "après la panne " + Platform.marker();
            var id = sendUntilAccepted(sender, room, UUID.randomUUID().toString(), text);
            var delivered = stream.await(Stream.message(text), Duration.ofSeconds(60));
            assertEquals(id, delivered.getString("id"));
            assertTrue(stream.frames(Stream.message("pendant la panne")).isEmpty(), "a refused message is not sent");
        }
    }

    private static List<String> deliveredFrom(Stream stream, Chatter sender) {
        return stream.frames(f -> "message".equals(f.getString("type", ""))
                        && sender.id.equals(f.getJsonObject("from").getString("sessionId")))
                .stream().map(f -> f.getString("id")).toList();
    }

    /** What a well-behaved client does: resend the same clientMessageId until the platform accepts it. */
    static String sendUntilAccepted(Chatter sender, String room, String clientMessageId, String text) {
        var body = Json.createObjectBuilder().add("clientMessageId", clientMessageId).add("text", text).build()
                .toString();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var answer = sender.call("POST", "/rooms/" + room + "/messages", body);
                if (answer.status() == 202) {
                    return ((JsonObject) answer.json()).getString("id");
                }
                assertTrue(answer.status() >= 500 || answer.status() == 429, answer::toString);
            } catch (RuntimeException e) {
                // connection refused or reset while a process restarts: retry
            }
            pause(500);
        }
        throw new AssertionError("never accepted: " + text);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
