package org.causette.k8s;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `kubectl apply -k` after a configuration change must not hit the Job's immutable pod template: render a copy of the
 * manifests, change the configuration, render again, and the Job must be the very same while the pods that read
 * the configuration roll.
 */
class InitJobTest {
    @TempDir
    Path copy;

    @Test
    void aConfigurationChangeLeavesTheInitJobUnchangedAndRollsTheServices() throws IOException {
        copyTree(Kustomize.K8S.resolve("base"), copy.resolve("base"));
        copyTree(Kustomize.K8S.resolve("overlays"), copy.resolve("overlays"));
        for (var overlay : List.of("local", "production")) {
            var before = new Manifests(overlay, Kustomize.render(copy.resolve("overlays").resolve(overlay)));
            Files.writeString(copy.resolve("base/causette-config.env"), "CAUSETTE_GATEWAY_RATE_MESSAGES_PER_SECOND=7\n",
                    StandardOpenOption.APPEND);
            Files.writeString(copy.resolve("base/mongodb/users.js"), "// changed\n", StandardOpenOption.APPEND);
            var after = new Manifests(overlay, Kustomize.render(copy.resolve("overlays").resolve(overlay)));

            assertTrue(template(before.named("Job", "mongodb-init")).equals(template(after.named("Job", "mongodb-init"))),
                    overlay + ": the init Job's pod template changed with the configuration (kubectl apply would fail)");
            assertFalse(template(before.named("Deployment", "rooms-service"))
                            .equals(template(after.named("Deployment", "rooms-service"))),
                    overlay + ": the services no longer roll on a configuration change");
            Files.copy(Kustomize.K8S.resolve("base/causette-config.env"), copy.resolve("base/causette-config.env"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(Kustomize.K8S.resolve("base/mongodb/users.js"), copy.resolve("base/mongodb/users.js"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Map<String, Object> template(Map<String, Object> object) {
        return Manifests.map(Manifests.map(object, "spec"), "template");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (var path : paths.toList()) {
                var target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
