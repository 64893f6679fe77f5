package org.causette.sweep.boundary;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClients;
import org.causette.sweep.control.BrokerManagement;
import org.causette.sweep.control.Heartbeats;
import org.causette.sweep.control.SweepPlan;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code sweep-subscriptions}: deletes the durable subscriptions on {@code causette.gateway.events} of gateways gone
 * for longer than {@code CAUSETTE_SWEEP_STALE_MINUTES} (default 60, at least 5), judged by their heartbeats in the
 * gateway database ({@link SweepPlan}). The broker is {@code ARTEMIS_URL} as {@code CAUSETTE_BROKER_USER} /
 * {@code CAUSETTE_BROKER_PASSWORD} (a user allowed to manage), the store {@code MONGODB_URI} (read only) with the
 * databases {@code <CAUSETTE_DB_PREFIX>_*}. Run it from one place at a time (a CronJob that forbids concurrent runs).
 * Prints one line per subscription. Exit 0 done, 1 failed, 2 usage.
 */
public final class SweepCommand {
    static final String ADDRESS = "causette.gateway.events";
    static final Duration SHORTEST_STALE = Duration.ofMinutes(5);
    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.mongodb.driver");

    private SweepCommand() {
    }

    public static void main(String[] args) {
        DRIVER_LOG.setLevel(Level.WARNING);
        System.exit(run(System.getenv(), System.out, System.err));
    }

    static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        var uri = env.get("MONGODB_URI");
        var broker = env.get("ARTEMIS_URL");
        Duration staleAfter;
        try {
            staleAfter = Duration.ofMinutes(Long.parseLong(env.getOrDefault("CAUSETTE_SWEEP_STALE_MINUTES", "60")));
        } catch (NumberFormatException e) {
            staleAfter = Duration.ZERO;
        }
        if (uri == null || uri.isBlank() || broker == null || broker.isBlank() || staleAfter.compareTo(SHORTEST_STALE) < 0) {
            err.println("usage: sweep-subscriptions; environment: MONGODB_URI, ARTEMIS_URL (required), "
                    + "CAUSETTE_BROKER_USER, CAUSETTE_BROKER_PASSWORD, CAUSETTE_DB_PREFIX (default causette), "
                    + "CAUSETTE_SWEEP_STALE_MINUTES (default 60, at least 5)");
            return 2;
        }
        var prefix = env.getOrDefault("CAUSETTE_DB_PREFIX", "causette");
        try (var store = MongoClients.create(new ConnectionString(uri));
             var management = new BrokerManagement(broker, env.get("CAUSETTE_BROKER_USER"),
                     env.get("CAUSETTE_BROKER_PASSWORD"))) {
            var verdicts = SweepPlan.judge(management.subscriptionsOf(ADDRESS), Heartbeats.lastSeen(store, prefix),
                    Instant.now(), staleAfter);
            for (var verdict : verdicts) {
                var queue = verdict.subscription().queue();
                var reason = verdict.reason();
                if (verdict.delete()) {
                    // checked again just before: a gateway back since the listing keeps its subscription
                    if (management.consumersOf(queue) == 0) {
                        management.destroy(queue);
                    } else {
                        reason = "kept: a consumer attached during the sweep";
                    }
                }
                out.println(queue + ": " + reason);
            }
            return 0;
        } catch (Exception e) {
            err.println("sweep failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }
}
