package org.causette.gateway;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.causette.gateway.security.boundary.Public;
import org.causette.gateway.stream.boundary.StreamEndpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway serves META-INF/openapi.yaml as its OpenAPI document without scanning its resources, so this keeps the
 * two in step: every JAX-RS route of the gateway is in the document with its method and nothing else is; a route
 * marked {@link Public} names no security scheme and every other one the bearer scheme; a route that returns nothing
 * documents 204 and one that returns something documents its answer's schema.
 */
class OpenApiDocumentTest {
    private static final String API = "/" + GatewayApplication.class.getAnnotation(ApplicationPath.class).value();

    private static Map<String, Map<String, Map<String, Object>>> paths;
    private static List<Route> routes;

    record Route(String method, String path, Method handler) {
        boolean isPublic() {
            return handler.isAnnotationPresent(Public.class)
                    || handler.getDeclaringClass().isAnnotationPresent(Public.class);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException, URISyntaxException, ClassNotFoundException {
        try (var in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            assertNotNull(in, "META-INF/openapi.yaml");
            Map<String, Object> document = new Yaml().load(in);
            paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        }
        routes = new ArrayList<>();
        var classes = java.nio.file.Path.of(GatewayApplication.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        try (var files = Files.walk(classes)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                var name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                var type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    addRoutes(type);
                }
            }
        }
        assertTrue(routes.size() >= 40, () -> "routes found: " + routes);
    }

    private static void addRoutes(Class<?> resource) {
        var base = API + "/" + resource.getAnnotation(Path.class).value();
        for (var handler : resource.getMethods()) {
            for (var annotation : handler.getAnnotations()) {
                var http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    var sub = handler.getAnnotation(Path.class);
                    var path = sub == null ? base : base + "/" + sub.value();
                    routes.add(new Route(http.value(), path.replaceAll("/+", "/").replaceAll("/$", ""), handler));
                }
            }
        }
    }

    /** {@code /rooms/{roomId}} and {@code /rooms/{id}} are the same route. */
    private static String template(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    private static Map<String, Object> operation(Route route) {
        for (var entry : paths.entrySet()) {
            if (template(entry.getKey()).equals(template(route.path()))) {
                return entry.getValue().get(route.method().toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    @Test
    void everyRouteIsDocumentedAndNothingElse() {
        var served = new TreeSet<String>();
        routes.forEach(r -> served.add(r.method() + " " + template(r.path())));
        served.add("GET " + StreamEndpoint.PATH);
        var documented = new TreeSet<String>();
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "patch", "delete").contains(m))
                .forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + template(path))));

        var undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        var unserved = new TreeSet<>(documented);
        unserved.removeAll(served);
        assertEquals(Set.of(), undocumented, "routes of the gateway missing from META-INF/openapi.yaml");
        assertEquals(Set.of(), unserved, "routes in META-INF/openapi.yaml the gateway does not serve");
    }

    @Test
    void publicRoutesNameNoSchemeAndTheOthersTheBearerScheme() {
        var faults = new ArrayList<String>();
        for (var route : routes) {
            var operation = operation(route);
            if (operation == null) {
                continue;
            }
            var security = (List<?>) operation.get("security");
            if (route.isPublic() && (security == null || !security.isEmpty())) {
                faults.add(route + " is public: it needs security: []");
            }
            if (!route.isPublic() && (security == null || !security.contains(Map.of("bearer", List.of())))) {
                faults.add(route + " wants a token: it needs security: [{bearer: []}]");
            }
        }
        assertTrue(faults.isEmpty(), () -> String.join("\n", faults));
    }

    @Test
    @SuppressWarnings("unchecked")
    void routesThatAnswerNothingDocument204AndTheOthersTheirSchema() {
        var faults = new ArrayList<String>();
        for (var route : routes) {
            var operation = operation(route);
            if (operation == null) {
                continue;
            }
            var responses = (Map<Object, Map<String, Object>>) operation.get("responses");
            var successes = responses.keySet().stream().map(String::valueOf).filter(s -> s.startsWith("2")).toList();
            if (route.handler().getReturnType() == void.class) {
                if (!successes.equals(List.of("204"))) {
                    faults.add(route + " answers 204 (nothing), documented " + successes);
                }
            } else if (successes.size() != 1 || successes.contains("204")
                    || responses.get(successes.get(0)).get("content") == null) {
                faults.add(route + " answers a body: one success status with its content, documented " + successes);
            }
        }
        assertTrue(faults.isEmpty(), () -> String.join("\n", faults));
    }
}
