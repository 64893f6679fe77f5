package org.causette.systemtests;

import com.mongodb.client.MongoClients;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.causette.sweep.control.BrokerManagement;
import org.causette.sweep.control.Heartbeats;
import org.causette.sweep.entity.Subscription;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweep of removed gateways' subscriptions ({@code ./causette sweep-subscriptions}, the CronJob's tool) against
 * the real broker and store: it deletes the subscription of a gateway whose heartbeat is an hour old and keeps every
 * other one, the live gateway's included right after a kill -9 of the broker (the case that made the broker's own
 * auto-delete unsafe). Runs with the fault tests: it kills the broker.
 */
class SubscriptionSweepFaultIT {
    private static final String BROKER = "tcp://127.0.0.1:" + System.getProperty("causette.broker.port");
    private static final String EVENTS = "causette.gateway.events";
    private static final String LIVE = "gateway-1";

    @Test
    void theSubscriptionOfAGatewayGoneForAnHourIsDeletedAndNoOtherOne() throws Exception {
        var gone = "gone-" + Platform.marker();
        var paused = "paused-" + Platform.marker();
        subscribe(gone);
        subscribe(paused);
        heartbeat(gone, Instant.now().minus(Duration.ofHours(2)));
        heartbeat(paused, Instant.now().minus(Duration.ofMinutes(10)));
        try {
            Launcher.run("sweep-subscriptions");

            var left = subscriptions();
            assertFalse(left.contains("gateway-" + gone), "the gone gateway's subscription remains: " + left);
            assertTrue(left.contains("gateway-" + paused), "a gateway silent for 10 minutes lost its subscription");
            assertTrue(left.contains(LIVE), "the live gateway lost its subscription");
        } finally {
            try (var management = management()) {
                management.destroy("gateway-" + paused);
            }
        }
    }

    @Test
    void aLiveGatewayKeepsItsSubscriptionThroughABrokerKillAndTheSweep() throws Exception {
        var sender = Chatter.adult("Swp");
        var receiver = Chatter.adult("Swr");
        sender.mustJoin("lyon");
        receiver.mustJoin("lyon");
        try (var stream = receiver.stream()) {
            Launcher.run("kill", "broker");
            Launcher.run("start", "--detach", "broker");
            Launcher.run("sweep-subscriptions");   // at once: the gateway may not be consuming again yet
            assertTrue(subscriptions().contains(LIVE), "the live gateway's subscription was deleted");
            try (var client = MongoClients.create(System.getProperty("causette.store.uri"))) {
                var seen = Heartbeats.lastSeen(client, System.getProperty("causette.db.prefix")).get("1");
                assertTrue(seen != null && seen.isAfter(Instant.now().minus(Duration.ofMinutes(2))),
                        "the live gateway writes its heartbeat: " + seen);
            }

            var text = "après le balayage " + Platform.marker();
            var id = FaultToleranceFaultIT.sendUntilAccepted(sender, "lyon", UUID.randomUUID().toString(), text);
            assertEquals(id, stream.await(Stream.message(text), Duration.ofSeconds(120)).getString("id"),
                    "the gateway still receives the platform's events");
        }
    }

    /** A gateway's durable subscription as its listener creates it (shared, named gateway-<instance>), then left. */
    private static void subscribe(String instance) throws Exception {
        try (var factory = new ActiveMQConnectionFactory(BROKER); var context = factory.createContext()) {
            context.createSharedDurableConsumer(context.createTopic(EVENTS), "gateway-" + instance).close();
        }
        assertTrue(subscriptions().contains("gateway-" + instance));
    }

    private static void heartbeat(String instance, Instant at) {
        try (var client = MongoClients.create(System.getProperty("causette.store.uri"))) {
            Heartbeats.write(client, System.getProperty("causette.db.prefix"), instance, at);
        }
    }

    private static List<String> subscriptions() throws Exception {
        try (var management = management()) {
            return management.subscriptionsOf(EVENTS).stream().map(Subscription::queue).toList();
        }
    }

    private static BrokerManagement management() throws Exception {
        return new BrokerManagement(BROKER, null, null);
    }
}
