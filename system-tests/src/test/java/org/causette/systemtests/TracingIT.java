package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One trace across the pipeline: a room message posted with a W3C {@code traceparent} is followed by its trace id in
 * the JSON log lines ({@code ext_traceId}) of the gateway, messaging-service and moderation-service, carried over
 * REST by MicroProfile Telemetry and over the broker (queue, divert, topic) in message properties. The test stack
 * logs each handled event ({@code causette.events.log-handled}) and writes JSON console logs.
 */
class TracingIT {
    private static final Path LIBERTY = Path.of(System.getProperty("causette.home"), "liberty");

    @Test
    void aRoomMessageKeepsOneTraceIdThroughGatewayMessagingAndModeration() {
        var author = Chatter.adult("Trc");
        author.mustJoin("discussion");
        var traceId = UUID.randomUUID().toString().replace("-", "");
        var body = Json.createObjectBuilder().add("clientMessageId", UUID.randomUUID().toString())
                .add("text", "bonsoir " + Platform.marker()).build().toString();

        var accepted = Platform.call("POST", "/rooms/discussion/messages", author.token, body,
                "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        assertEquals(202, accepted.status(), accepted::toString);

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertEquals(List.of(), servicesWithoutTrace(traceId,
                    "gateway", "messaging-service", "moderation-service"));
        });
        var handled = linesOf("moderation-service", traceId).stream().map(l -> l.getString("message", "")).toList();
        assertTrue(handled.stream().anyMatch(m -> m.contains("from causette.moderation.requests")),
                "moderation handled the diverted copy within the same trace: " + handled);
    }

    private static List<String> servicesWithoutTrace(String traceId, String... services) {
        return java.util.Arrays.stream(services).filter(s -> linesOf(s, traceId).isEmpty()).toList();
    }

    /** The service's JSON console lines that name the trace. */
    private static List<JsonObject> linesOf(String service, String traceId) {
        var log = LIBERTY.resolve(service).resolve("logs").resolve("console.log");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("{") && l.contains(traceId)).map(TracingIT::json)
                    .filter(j -> j != null && traceId.equals(j.getString("ext_traceId", null))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject json(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            return null;   // a line still being written
        }
    }
}
