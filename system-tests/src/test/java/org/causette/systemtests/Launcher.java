package org.causette.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Drives the real processes of the test platform through ./causette (kill -9, start, stop). */
final class Launcher {
    private Launcher() {
    }

    static void run(String... args) {
        run(Map.of(), args);
    }

    /** Runs the launcher with these environment variables on top of the test's own. */
    static void run(Map<String, String> environment, String... args) {
        var command = new ArrayList<>(List.of(System.getProperty("causette.launcher", "./causette")));
        command.addAll(List.of(args));
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(environment);
            var process = builder.start();
            if (!process.waitFor(660, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("causette " + String.join(" ", args) + " did not finish");
            }
            assertEquals(0, process.exitValue(), () -> "causette " + String.join(" ", args));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Outcome(int exitCode, String output) {
    }

    /** Runs the launcher and returns its exit code and output, whatever they are. */
    static Outcome outcome(String... args) {
        var command = new ArrayList<>(List.of(System.getProperty("causette.launcher", "./causette")));
        command.addAll(List.of(args));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("causette " + String.join(" ", args) + " did not finish");
            }
            return new Outcome(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** HTTP status of a service's /health/ready (the gateway's is on its management port), or -1 when nothing answers. */
    static int readiness(String service) {
        return readinessAt(System.getenv("gateway".equals(service) ? "CAUSETTE_GATEWAY_MANAGEMENT_PORT"
                : "CAUSETTE_" + service.replace("-service", "").toUpperCase() + "_PORT"));
    }

    static int readinessAt(String port) {
        try {
            return Platform.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
