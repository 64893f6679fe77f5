package org.causette.systemtests;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Application metrics (issue 15, first part): the gateway's on its management port, the services' on their loopback
 * ports; labels only from fixed sets (an action, who removed), never from what a client sends.
 */
class ApplicationMetricsIT {
    private static final String GATEWAY = "http://127.0.0.1:" + System.getProperty("causette.management.port");

    @Test
    void aMessageIsCountedFromAcceptanceToDeliveryAndItsRemovalToo() throws Exception {
        var author = Chatter.adult("Mta");
        var member = Chatter.adult("Mtm");
        author.mustJoin("discussion");
        member.mustJoin("discussion");
        try (var stream = member.stream()) {
            double acceptedBefore = value(scrape(GATEWAY), "causette_gateway_messages_accepted_total", "");
            var text = "compté " + Platform.marker();
            var sent = author.say("discussion", text);
            assertEquals(202, sent.status(), sent::toString);
            stream.await(Stream.message(text));

            var gateway = scrape(GATEWAY);
            assertTrue(value(gateway, "causette_gateway_messages_accepted_total", "") >= acceptedBefore + 1, gateway);
            assertTrue(value(gateway, "causette_gateway_delivery_latency_seconds_count", "") >= 1, gateway);
            assertTrue(value(gateway, "causette_gateway_streams_open", "") >= 1, gateway);
            var moderation = scrape("http://127.0.0.1:" + InternalServicesIT.MODERATION);
            assertTrue(value(moderation, "causette_moderation_verdicts_total", "action=\"allow\"") >= 1, moderation);
            assertTrue(value(moderation, "causette_moderation_evaluation_seconds_count", "") >= 1, moderation);

            assertEquals(204, author.call("DELETE", "/messages/" + sent.object().getString("id"), null).status());
            var messaging = scrape("http://127.0.0.1:" + InternalServicesIT.MESSAGING);
            assertTrue(value(messaging, "causette_messaging_messages_removed_total", "by=\"author\"") >= 1, messaging);
            assertTrue(messaging.contains("causette_messaging_outbox_backlog"), messaging);
        }
    }

    private static String scrape(String base) throws Exception {
        var answer = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/metrics?scope=application"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), base + ": " + answer.body());
        return answer.body();
    }

    /** The value of the first series of {@code name} whose labels contain {@code label}; 0 when there is none. */
    private static double value(String exposition, String name, String label) {
        return Arrays.stream(exposition.split("\n"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
