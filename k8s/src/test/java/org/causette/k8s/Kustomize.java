package org.causette.k8s;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Renders a kustomization with the real `kubectl kustomize`; skips the calling test when no recent one is here. */
final class Kustomize {
    static final Path K8S = Path.of(System.getProperty("causette.k8s.dir", ".")).toAbsolutePath().normalize();
    private static final Pattern KUSTOMIZE_MAJOR = Pattern.compile("\"kustomizeVersion\"\\s*:\\s*\"v(\\d+)\\.");
    private static String unavailable;

    private Kustomize() {
    }

    static List<Path> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(K8S.resolve("overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml"))).sorted().toList();
        }
    }

    /** Every object the kustomization renders, as plain maps. */
    static List<Map<String, Object>> render(Path kustomization) {
        assumeKubectl();
        var output = run("kubectl", "kustomize", kustomization.toString());
        var objects = new ArrayList<Map<String, Object>>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(output)) {
            if (document != null) {
                @SuppressWarnings("unchecked")
                var object = (Map<String, Object>) document;
                objects.add(object);
            }
        }
        return objects;
    }

    static String renderText(Path kustomization) {
        assumeKubectl();
        return run("kubectl", "kustomize", kustomization.toString());
    }

    private static synchronized void assumeKubectl() {
        if (unavailable == null) {
            unavailable = probe();
        }
        assumeTrue(unavailable.isEmpty(), unavailable);
    }

    /** Empty when a kubectl with kustomize 5 or later is on the PATH, otherwise why not. */
    private static String probe() {
        String version;
        try {
            version = run("kubectl", "version", "--client", "-o", "json");
        } catch (IllegalStateException | AssertionError e) {
            return "no working kubectl on the PATH: the Kubernetes manifests are not checked (" + e.getMessage() + ")";
        }
        var major = KUSTOMIZE_MAJOR.matcher(version);
        if (!major.find() || Integer.parseInt(major.group(1)) < 5) {
            return "kubectl's kustomize is older than v5: the Kubernetes manifests are not checked";
        }
        return "";
    }

    private static String run(String... command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(false).start();
            var out = process.getInputStream().readAllBytes();
            var err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
