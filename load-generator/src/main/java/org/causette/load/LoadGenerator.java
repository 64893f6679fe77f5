package org.causette.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Drives the platform through its public API only, as R rooms x U users, and reports deliveries per second,
 * latency percentiles, lost and duplicated deliveries. The gateway under test must trust X-Forwarded-For (each
 * user comes from its own address) and allow enough sessions per minute; see docs/benchmarks.md.
 */
public final class LoadGenerator {

    static final String USAGE = "usage: causette load [--url http://localhost:8080] [--rooms 20] [--users 25] "
            + "[--rate 100] [--duration 30] [--saturation]";

    public static void main(String[] args) throws Exception {
        LoadPlan plan;
        try {
            plan = LoadPlan.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var users = connect(http, plan);
        try {
            if (!plan.findSaturation()) {
                print(plan, measure(users, plan));
                return;
            }
            for (double rate = plan.messagesPerSecond(); ; rate *= 1.5) {
                var step = plan.atRate(rate);
                var run = measure(users, step);
                print(step, run);
                if (run.latencies.percentile(99) > 100_000 || lost(run, step) > 0) {
                    System.out.printf(Locale.ROOT, "saturation: p99 over 100 ms or loss at %.0f messages/s%n", rate);
                    return;
                }
            }
        } finally {
            users.forEach(VirtualUser::close);
        }
    }

    private static List<VirtualUser> connect(HttpClient http, LoadPlan plan) throws Exception {
        var rooms = adultRooms(http, plan.url());
        if (rooms.size() < plan.rooms()) {
            throw new IllegalArgumentException("only " + rooms.size() + " adult rooms exist");
        }
        var pool = Executors.newFixedThreadPool(16);
        var joins = new ArrayList<Callable<VirtualUser>>();
        var sink = new Run();
        for (int r = 0; r < plan.rooms(); r++) {
            for (int u = 0; u < plan.usersPerRoom(); u++) {
                var room = rooms.get(r);
                int index = r * plan.usersPerRoom() + u;
                joins.add(() -> VirtualUser.join(http, plan.url(), room, index, sink));
            }
        }
        var users = new ArrayList<VirtualUser>();
        try {
            for (var future : pool.invokeAll(joins)) {
                users.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("%d users connected in %d rooms%n", users.size(), plan.rooms());
        return users;
    }

    private static List<String> adultRooms(HttpClient http, String url) throws Exception {
        var session = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/sessions"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "198.19.0.1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"nickname\":\"chargeur"
                        + Long.toString(System.nanoTime() % 100000, 36) + "\",\"age\":30}")).build(),
                HttpResponse.BodyHandlers.ofString());
        var token = read(session.body()).getString("token");
        var rooms = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/rooms"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        try (var reader = Json.createReader(new StringReader(rooms.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(r -> r.getString("id")).toList();
        }
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Run measure(List<VirtualUser> users, LoadPlan plan) throws InterruptedException {
        var run = new Run();
        users.forEach(u -> u.switchTo(run));
        var ticker = Executors.newSingleThreadScheduledExecutor();
        long ticks = plan.duration().toMillis() / 10;
        double perTick = plan.messagesPerSecond() / 100;
        var credit = new double[1];
        var next = new int[1];
        var done = new java.util.concurrent.CountDownLatch(1);
        var tickCount = new long[1];
        ticker.scheduleAtFixedRate(() -> {
            credit[0] += perTick;
            while (credit[0] >= 1) {
                credit[0] -= 1;
                var user = users.get(next[0]++ % users.size());
                if (user.send()) {
                    run.sent.increment();
                }
            }
            if (++tickCount[0] >= ticks) {
                done.countDown();
            }
        }, 0, 10, TimeUnit.MILLISECONDS);
        done.await();
        ticker.shutdownNow();
        Thread.sleep(5000);
        return run;
    }

    private static long expected(Run run, LoadPlan plan) {
        return run.acks.sum() * plan.usersPerRoom();
    }

    private static long lost(Run run, LoadPlan plan) {
        return Math.max(0, expected(run, plan) - run.deliveries.sum());
    }

    private static void print(LoadPlan plan, Run run) {
        double seconds = plan.duration().toMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "rooms=%d users/room=%d rate=%.0f msg/s duration=%.0fs | sent=%d acked=%d "
                        + "refused=%s | deliveries=%d (%.0f/s) expected=%d lost=%d duplicated=%d | latency ms "
                        + "p50=%.1f p95=%.1f p99=%.1f max=%.1f%n",
                plan.rooms(), plan.usersPerRoom(), plan.messagesPerSecond(), seconds, run.sent.sum(), run.acks.sum(),
                run.refusals, run.deliveries.sum(), run.deliveries.sum() / seconds, expected(run, plan),
                lost(run, plan), run.duplicates.sum(), run.latencies.percentile(50) / 1000.0,
                run.latencies.percentile(95) / 1000.0, run.latencies.percentile(99) / 1000.0,
                run.maxMicros.get() / 1000.0);
    }
}
