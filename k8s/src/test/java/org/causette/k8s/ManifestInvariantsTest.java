package org.causette.k8s;

import static org.causette.k8s.Manifests.allContainers;
import static org.causette.k8s.Manifests.containers;
import static org.causette.k8s.Manifests.id;
import static org.causette.k8s.Manifests.list;
import static org.causette.k8s.Manifests.map;
import static org.causette.k8s.Manifests.name;
import static org.causette.k8s.Manifests.podLabels;
import static org.causette.k8s.Manifests.podSpec;
import static org.causette.k8s.Manifests.selects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an operator relies on, checked on every overlay as `kubectl kustomize` renders it (skipped, saying why, when no
 * kubectl with kustomize 5 is on the PATH).
 */
class ManifestInvariantsTest {
    /** A version tag (1.2.3, 2.56.0-1, 7.0.14) and/or a digest; never latest, a bare major or no tag at all. */
    private static final Pattern PINNED_IMAGE = Pattern.compile(
            "[^:@]+(:[^:@/]*\\d+\\.\\d+\\.\\d+[^:@/]*)?(@sha256:[0-9a-f]{64})?");
    private static final Set<String> LIBERTY = Set.of("gateway", "rooms-service", "messaging-service",
            "moderation-service");
    /** The passive broker of the pair never opens its port: a liveness or startup probe would kill it. */
    private static final Set<String> READINESS_ONLY = Set.of("artemis");
    private static final Map<Path, Manifests> RENDERED = new ConcurrentHashMap<>();

    /** The overlays by name; each test renders its own (cached), so a missing kubectl skips it with the reason. */
    static Stream<Named<Path>> overlays() throws IOException {
        return Kustomize.overlays().stream().map(o -> Named.of(o.getFileName().toString(), o));
    }

    private static Manifests rendered(Path overlay) {
        return RENDERED.computeIfAbsent(overlay, p -> new Manifests(p.getFileName().toString(), Kustomize.render(p)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasRequestsAndLimits(Path overlay) {
        var m = rendered(overlay);
        for (var o : m.ofKind("Deployment", "StatefulSet", "Job", "CronJob")) {
            for (var c : allContainers(o)) {
                var resources = map(c, "resources");
                for (var kind : List.of("requests", "limits")) {
                    for (var resource : List.of("cpu", "memory")) {
                        assertNotNull(map(resources, kind).get(resource),
                                () -> m + " " + id(o) + "/" + c.get("name") + ": no " + kind + "." + resource);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPodRunsNonRootWithNothingToEscalate(Path overlay) {
        var m = rendered(overlay);
        for (var o : m.ofKind("Deployment", "StatefulSet", "Job", "CronJob")) {
            var pod = map(podSpec(o), "securityContext");
            assertEquals(Boolean.TRUE, pod.get("runAsNonRoot"), () -> m + " " + id(o) + ": runAsNonRoot");
            assertEquals("RuntimeDefault", map(pod, "seccompProfile").get("type"), () -> m + " " + id(o) + ": seccomp");
            assertEquals(Boolean.FALSE, podSpec(o).get("automountServiceAccountToken"),
                    () -> m + " " + id(o) + ": no API token in the pod");
            for (var c : allContainers(o)) {
                var context = map(c, "securityContext");
                var where = m + " " + id(o) + "/" + c.get("name");
                assertEquals(Boolean.FALSE, context.get("allowPrivilegeEscalation"), where);
                assertEquals(Boolean.TRUE, context.get("readOnlyRootFilesystem"), where);
                assertEquals(List.of("ALL"), map(context, "capabilities").get("drop"), where);
                assertFalse(context.containsKey("privileged") && Boolean.TRUE.equals(context.get("privileged")), where);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void libertyServersAreProbedOnTheirHealthEndpointsAndEveryContainerOnReadiness(Path overlay) {
        var m = rendered(overlay);
        for (var o : m.workloads()) {
            for (var c : containers(o)) {
                var where = m + " " + id(o) + "/" + c.get("name");
                assertFalse(map(c, "readinessProbe").isEmpty(), where + ": no readiness probe");
                if (!READINESS_ONLY.contains(name(o))) {
                    assertFalse(map(c, "livenessProbe").isEmpty(), where + ": no liveness probe");
                }
            }
            if (LIBERTY.contains(name(o))) {
                var c = containers(o).get(0);
                assertEquals("/health/started", map(map(c, "startupProbe"), "httpGet").get("path"), name(o));
                assertEquals("/health/ready", map(map(c, "readinessProbe"), "httpGet").get("path"), name(o));
                assertEquals("/health/live", map(map(c, "livenessProbe"), "httpGet").get("path"), name(o));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noImageFloats(Path overlay) {
        var m = rendered(overlay);
        var images = new ArrayList<String>();
        for (var o : m.ofKind("Deployment", "StatefulSet", "Job", "CronJob")) {
            allContainers(o).forEach(c -> images.add((String) c.get("image")));
        }
        assertFalse(images.isEmpty());
        for (var image : images) {
            assertTrue(image != null && PINNED_IMAGE.matcher(image).matches()
                            && (image.contains("@sha256:") || image.substring(image.lastIndexOf('/') + 1).contains(":")),
                    () -> m + ": floating image " + image);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void ingressIsDeniedByDefaultAndEveryPodIsOpenedByAPolicy(Path overlay) {
        var m = rendered(overlay);
        var policies = m.ofKind("NetworkPolicy");
        assertTrue(policies.stream().anyMatch(p -> map(map(p, "spec"), "podSelector").isEmpty()
                        && ((List<?>) map(p, "spec").get("policyTypes")).contains("Ingress")
                        && list(map(p, "spec"), "ingress").isEmpty()),
                m + ": no default-deny ingress policy");
        for (var o : m.ofKind("Deployment", "StatefulSet")) {
            assertTrue(policies.stream().anyMatch(p -> selects(map(map(p, "spec"), "podSelector"), podLabels(o))),
                    () -> m + " " + id(o) + ": no policy lets anything reach it");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void egressIsDeniedByDefaultAndEachPodReachesOnlyItsPeers(Path overlay) {
        var m = rendered(overlay);
        var egress = m.ofKind("NetworkPolicy").stream()
                .filter(p -> ((List<?>) map(p, "spec").get("policyTypes")).contains("Egress")).toList();
        assertTrue(egress.stream().anyMatch(p -> map(map(p, "spec"), "podSelector").isEmpty()
                && list(map(p, "spec"), "egress").isEmpty()), m + ": no default-deny egress policy");
        for (var o : m.ofKind("Deployment", "StatefulSet", "CronJob", "Job")) {
            var ports = egress.stream().filter(p -> selects(map(map(p, "spec"), "podSelector"), podLabels(o))
                            || map(map(p, "spec"), "podSelector").isEmpty())
                    .flatMap(p -> list(map(p, "spec"), "egress").stream())
                    .flatMap(rule -> list(rule, "ports").stream()).map(port -> port.get("port")).collect(Collectors.toSet());
            var name = String.valueOf(podLabels(o).get("app.kubernetes.io/name"));
            var expected = new HashSet<Object>(List.of(53));
            switch (name) {
                case "gateway" -> expected.addAll(List.of(8081, 8082, 8083, 61616, 27017, 4317));
                case "rooms-service", "messaging-service", "moderation-service" -> expected.addAll(List.of(61616, 27017, 4317));
                case "artemis", "subscription-sweep" -> expected.add(61616);
                default -> { }
            }
            if (List.of("mongodb", "mongodb-init", "mongodb-backup", "subscription-sweep").contains(name)) {
                expected.add(27017);
            }
            assertEquals(expected, ports, () -> m + " " + id(o) + ": reaches other ports than it needs");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theGatewaysManagementPortIsOpenToPrometheusOnlyAndInNoService(Path overlay) {
        var m = rendered(overlay);
        var gateway = m.named("StatefulSet", "gateway");
        var management = containers(gateway).get(0).get("ports") instanceof List<?> ports ? ports.stream()
                .map(p -> (Map<?, ?>) p).filter(p -> "management".equals(p.get("name")))
                .map(p -> p.get("containerPort")).findFirst().orElseThrow() : null;
        for (var service : m.ofKind("Service")) {
            if (selects(Map.of("matchLabels", map(map(service, "spec"), "selector")), podLabels(gateway))) {
                for (var port : list(map(service, "spec"), "ports")) {
                    assertFalse(management.equals(port.get("targetPort")) || "management".equals(port.get("targetPort"))
                            || management.equals(port.get("port")), () -> m + ": Service " + name(service)
                            + " exposes the management port");
                }
            }
        }
        for (var policy : m.ofKind("NetworkPolicy")) {
            if (selects(map(map(policy, "spec"), "podSelector"), podLabels(gateway))) {
                for (var rule : list(map(policy, "spec"), "ingress")) {
                    var ports = list(rule, "ports").stream().map(p -> p.get("port")).toList();
                    if (ports.isEmpty() || ports.contains(management)) {
                        assertEquals(List.of(management), ports, m + ": a rule opens every port of the gateway");
                        for (var from : list(rule, "from")) {
                            assertEquals("monitoring", map(map(from, "namespaceSelector"), "matchLabels")
                                    .get("kubernetes.io/metadata.name"), m + ": management port open to " + from);
                            assertTrue(map(from, "podSelector").isEmpty(), m + ": " + from);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyThePublicPathsAreRoutedAndNoIngressRemains(Path overlay) {
        var m = rendered(overlay);
        assertTrue(m.ofKind("Ingress").isEmpty(), m + ": an Ingress remains");
        var routes = m.ofKind("HTTPRoute");
        assertFalse(routes.isEmpty(), m + ": no HTTPRoute");
        var publicPath = Pattern.compile("/api/v1/.*|/|/[a-z-]+\\.(html|js|css|svg)");
        for (var route : routes) {
            for (var rule : list(map(route, "spec"), "rules")) {
                var backends = list(rule, "backendRefs");
                if (backends.isEmpty()) {
                    assertTrue(list(rule, "filters").stream().allMatch(f -> "RequestRedirect".equals(f.get("type"))),
                            m + ": a rule without backends that does not redirect");
                    continue;
                }
                assertFalse(list(rule, "matches").isEmpty(), m + " " + id(route) + ": a rule that matches everything");
                assertTrue(list(rule, "filters").stream().anyMatch(f -> "RequestHeaderModifier".equals(f.get("type"))
                                && String.valueOf(map(f, "requestHeaderModifier").get("remove")).contains("traceparent")),
                        m + " " + id(route) + ": a rule that lets a client's traceparent through");
                for (var match : list(rule, "matches")) {
                    var path = map(match, "path");
                    var value = (String) path.get("value");
                    assertTrue(value != null && publicPath.matcher(value).matches(), m + ": routes " + path);
                    assertFalse("PathPrefix".equals(path.get("type")) && !value.startsWith("/api/v1/"),
                            m + ": a prefix beyond /api/v1/: " + value);
                    assertFalse(value.matches("/(health|metrics|openapi).*"), m + ": routes " + value);
                }
                for (var backend : backends) {
                    assertEquals("gateway", backend.get("name"), m + ": routes to " + backend);
                    assertEquals(8080, backend.get("port"), m + ": routes to " + backend);
                }
            }
        }
        for (var gateway : m.ofKind("Gateway")) {
            for (var listener : list(map(gateway, "spec"), "listeners")) {
                assertTrue("HTTPS".equals(listener.get("protocol")) || routes.stream().filter(r -> list(map(r, "spec"),
                                "parentRefs").stream().anyMatch(p -> listener.get("name").equals(p.get("sectionName"))))
                                .allMatch(r -> list(map(r, "spec"), "rules").stream().allMatch(rule -> list(rule,
                                        "backendRefs").isEmpty())),
                        m + ": plain HTTP listener " + listener.get("name") + " serves more than a redirect");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyScalableWorkloadHasAnAutoscalerAndABudgetThatAgree(Path overlay) {
        var m = rendered(overlay);
        var autoscalers = m.ofKind("HorizontalPodAutoscaler");
        var budgets = m.ofKind("PodDisruptionBudget");
        for (var o : m.workloads()) {
            var hpa = autoscalers.stream().filter(h -> name(o).equals(map(map(h, "spec"), "scaleTargetRef").get("name"))
                    && o.get("kind").equals(map(map(h, "spec"), "scaleTargetRef").get("kind"))).findFirst();
            var pdb = budgets.stream().filter(b -> selects(map(map(b, "spec"), "selector"), podLabels(o))).toList();
            var replicas = map(o, "spec").get("replicas");
            if (LIBERTY.contains(name(o))) {
                assertTrue(hpa.isPresent(), () -> m + " " + id(o) + ": no HorizontalPodAutoscaler");
                assertEquals(null, replicas, () -> m + " " + id(o) + ": declares replicas its HPA owns");
            }
            int least = hpa.map(h -> (Integer) map(h, "spec").get("minReplicas")).orElse(replicas == null ? 1
                    : (Integer) replicas);
            if (hpa.isPresent() || least > 1) {
                assertEquals(1, pdb.size(), () -> m + " " + id(o) + ": PodDisruptionBudgets " + pdb.size());
                var budget = map(pdb.get(0), "spec");
                if (budget.get("minAvailable") instanceof Integer min) {
                    assertTrue(min < least || (!hpa.isPresent() && "artemis".equals(name(o))),
                            () -> m + " " + id(o) + ": minAvailable " + min + " blocks every drain at " + least);
                } else {
                    assertEquals(1, budget.get("maxUnavailable"), () -> m + " " + id(o));
                }
            }
            hpa.ifPresent(h -> {
                var spec = map(h, "spec");
                assertTrue((Integer) spec.get("minReplicas") <= (Integer) spec.get("maxReplicas"), m + " " + id(h));
            });
        }
        var gatewayHpa = autoscalers.stream().filter(h -> "gateway".equals(name(h))).findFirst().orElseThrow();
        assertTrue(list(map(gatewayHpa, "spec"), "metrics").stream().anyMatch(x -> "Pods".equals(x.get("type"))),
                m + ": the gateway scales on a custom metric too");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyWorkloadIsScrapedAndTheAlertsThatPageExist(Path overlay) {
        var m = rendered(overlay);
        var monitors = m.ofKind("PodMonitor");
        for (var o : m.workloads()) {
            assertTrue(monitors.stream().anyMatch(p -> selects(map(p, "spec").get("selector") instanceof Map<?, ?> s
                            ? castMap(s) : Map.of(), podLabels(o))), () -> m + " " + id(o) + ": no PodMonitor");
        }
        var alerts = new HashSet<String>();
        for (var rules : m.ofKind("PrometheusRule")) {
            for (var group : list(map(rules, "spec"), "groups")) {
                for (var rule : list(group, "rules")) {
                    if ("page".equals(map(rule, "labels").get("severity"))) {
                        alerts.add((String) rule.get("alert"));
                    }
                }
            }
        }
        assertTrue(alerts.containsAll(Set.of("CausetteDeadLetters", "CausetteOutboxBacklog",
                "CausetteDeliveryLatencyHigh", "CausetteReadinessFlapping", "CausetteHeapNearLimit")), m + ": " + alerts);
        assertFalse(m.ofKind("ConfigMap").stream().filter(c -> "1".equals(map(map(c, "metadata"), "labels")
                .get("grafana_dashboard"))).toList().isEmpty(), m + ": no Grafana dashboard");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServiceReachesMongoDBAndTheBrokerAsItsOwnUserOverTls(Path overlay) {
        var m = rendered(overlay);
        var mongoUsers = new HashSet<String>();
        var brokerUsers = new HashSet<String>();
        for (var o : m.workloads()) {
            if (!LIBERTY.contains(name(o))) {
                continue;
            }
            var env = list(containers(o).get(0), "env");
            var uri = env.stream().filter(e -> "MONGODB_URI".equals(e.get("name"))).map(e -> (String) e.get("value"))
                    .findFirst().orElseThrow(() -> new AssertionError(m + " " + id(o) + ": MONGODB_URI"));
            var user = uri.substring("mongodb://".length(), uri.indexOf(':', "mongodb://".length()));
            assertTrue(mongoUsers.add(user), () -> m + ": MongoDB user " + user + " shared");
            var brokerUser = env.stream().filter(e -> "CAUSETTE_BROKER_USER".equals(e.get("name")))
                    .map(e -> (String) e.get("value")).findFirst().orElseThrow();
            assertTrue(brokerUsers.add(brokerUser), () -> m + ": broker user " + brokerUser + " shared");
        }
        assertEquals(4, mongoUsers.size(), m + ": " + mongoUsers);
        var config = m.ofKind("ConfigMap").stream().filter(c -> name(c).startsWith("causette-config-")).findFirst()
                .orElseThrow();
        assertTrue(((String) map(config, "data").get("CAUSETTE_MONGODB_OPTIONS")).contains("tls=true"), m.overlay());
        assertEquals("true", map(config, "data").get("CAUSETTE_BROKER_TLS"), m.overlay());
        assertTrue(m.ofKind("Secret").isEmpty(), m + ": a Secret in the repository");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
