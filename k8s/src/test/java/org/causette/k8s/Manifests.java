package org.causette.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reading rendered objects: kinds, names, pod templates, containers. */
record Manifests(String overlay, List<Map<String, Object>> objects) {

    List<Map<String, Object>> ofKind(String... kinds) {
        return objects.stream().filter(o -> List.of(kinds).contains(o.get("kind"))).toList();
    }

    Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
    }

    /** Deployments and StatefulSets: what runs all the time. */
    List<Map<String, Object>> workloads() {
        return ofKind("Deployment", "StatefulSet");
    }

    static String name(Map<String, Object> object) {
        return (String) map(object, "metadata").get("name");
    }

    static String id(Map<String, Object> object) {
        return object.get("kind") + "/" + name(object);
    }

    /** The pod spec of a Deployment, StatefulSet, Job or CronJob. */
    static Map<String, Object> podSpec(Map<String, Object> object) {
        var spec = map(object, "spec");
        if ("CronJob".equals(object.get("kind"))) {
            spec = map(map(spec, "jobTemplate"), "spec");
        }
        return map(map(spec, "template"), "spec");
    }

    static Map<String, Object> podLabels(Map<String, Object> object) {
        var spec = map(object, "spec");
        if ("CronJob".equals(object.get("kind"))) {
            spec = map(map(spec, "jobTemplate"), "spec");
        }
        return map(map(map(spec, "template"), "metadata"), "labels");
    }

    static List<Map<String, Object>> containers(Map<String, Object> object) {
        return list(podSpec(object), "containers");
    }

    static List<Map<String, Object>> allContainers(Map<String, Object> object) {
        var all = new ArrayList<>(containers(object));
        all.addAll(list(podSpec(object), "initContainers"));
        return all;
    }

    /** Whether a label selector ({matchLabels}) selects pods with these labels. */
    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        var match = map(selector, "matchLabels");
        return !match.isEmpty() && match.entrySet().stream()
                .allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> object, String key) {
        var value = object == null ? null : object.get(key);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> object, String key) {
        var value = object == null ? null : object.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @Override
    public String toString() {
        return overlay;
    }
}
