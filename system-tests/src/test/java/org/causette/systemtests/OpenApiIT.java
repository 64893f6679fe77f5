package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The gateway's OpenAPI document, as served on its management port, for front-end developers (issue 14): every route
 * of the public contract and of the README is there with its method, its schemas and its problem codes; the routes
 * that refuse a request without a token say they want the bearer scheme, and the others say they don't; what the
 * gateway really answers fits what the document says.
 */
class OpenApiIT {
    private static final String MANAGEMENT = "http://127.0.0.1:" + System.getProperty("causette.management.port", "8089");
    private static final Path PUBLIC_API = Path.of(System.getProperty("causette.shared", "../shared"), "api",
            "PUBLIC-API.md");
    private static final Path README = Path.of(System.getProperty("causette.launcher", "causette")).resolveSibling(
            "README.md");
    /** A route in a markdown code span: {@code `GET /api/v1/rooms/{roomId}/messages?before=…`}. */
    private static final Pattern ROUTE = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/api/v1/[^`\\s?\\[]*)");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String STREAM = "/api/v1/stream";

    private static JsonObject document;

    @BeforeAll
    static void fetch() throws Exception {
        var answer = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer::body);
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            document = reader.readObject();
        }
    }

    @Test
    void everyRouteOfThePublicContractIsDescribedWithItsSchemas() throws IOException {
        assumeTrue(Files.isRegularFile(PUBLIC_API), "no " + PUBLIC_API + " beside the repository");
        var routes = routesIn(PUBLIC_API);
        // the core and its 1.1 additions name 21 routes: far fewer means the lines were not recognised
        assertTrue(routes.size() >= 18, () -> "routes read from PUBLIC-API.md: " + routes);
        assertDescribed(routes);
    }

    @Test
    void everyRouteTheReadmeListsIsDescribedWithItsSchemas() throws IOException {
        var routes = routesIn(README);
        assertTrue(routes.size() >= 15, () -> "routes read from README.md: " + routes);
        assertDescribed(routes);
    }

    @Test
    void everyOperationHasASuccessAnswerAndProblemsWithTheirCodes() {
        var faults = new ArrayList<String>();
        operations().forEach(o -> faults.addAll(shapeFaults(o)));
        assertTrue(faults.isEmpty(), () -> String.join("\n", faults));
    }

    /**
     * Asks every documented operation without a token, as a client that did not read the document would: the ones
     * that answer 401 must name the bearer scheme, the others must not; and whatever the gateway answered must be a
     * documented answer of that operation, with its code among the documented ones.
     */
    @Test
    void theDocumentSaysWhichRoutesWantATokenAsTheGatewayDoes() {
        var bearer = document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer");
        assertNotNull(bearer, "components.securitySchemes.bearer");
        assertEquals("http", bearer.getString("type"));
        assertEquals("bearer", bearer.getString("scheme").toLowerCase(Locale.ROOT));
        assertEquals("JWT", bearer.getString("bearerFormat"));

        var faults = new ArrayList<String>();
        int refused = 0;
        int open = 0;
        for (var o : operations()) {
            if (o.path().equals(STREAM)) {
                continue;
            }
            var url = Platform.URL + o.path().replaceAll("\\{[^}]*}", "unknown-id");
            var body = Set.of("post", "put", "patch").contains(o.method()) ? "{}" : null;
            var answer = Platform.callUrl(o.method().toUpperCase(Locale.ROOT), url, null, body,
                    "X-Forwarded-For", Platform.newAddress());
            var schemes = securitySchemes(o.operation());
            if (answer.status() == 401) {
                refused++;
                if (!schemes.contains("bearer")) {
                    faults.add(o + " answers 401 without a token but names no bearer scheme: " + schemes);
                }
            } else {
                open++;
                if (!schemes.isEmpty()) {
                    faults.add(o + " answers " + answer + " without a token but names " + schemes);
                }
            }
            faults.addAll(documentedFaults(o, answer));
        }
        assertTrue(faults.isEmpty(), () -> String.join("\n", faults));
        // sessions, staff login and statements are open; nearly everything else wants a token
        assertTrue(open >= 3 && refused >= 30, "open " + open + ", refused " + refused);
    }

    @Test
    void theStreamIsTheGetOfAWebSocketOpenedWithATicketOrAToken() {
        var stream = operation("get", STREAM);
        assertNotNull(stream, "GET " + STREAM);
        var responses = stream.getJsonObject("responses");
        assertTrue(responses.containsKey("101"), responses::toString);
        var parameters = stream.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(p -> "query".equals(p.getString("in"))).map(p -> p.getString("name")).toList();
        assertTrue(parameters.containsAll(List.of("ticket", "access_token")), parameters::toString);
        var schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        var named = securitySchemes(stream);
        assertFalse(named.isEmpty());
        for (var name : named) {
            assertEquals("query", schemes.getJsonObject(name).getString("in"), name);
        }
        // refused before the upgrade, as a documented problem
        var refused = Platform.call("GET", "/stream?ticket=unknown", null, null);
        assertTrue(documentedFaults(new Operation("get", STREAM, stream), refused).isEmpty(), refused::toString);
        assertEquals(401, refused.status());
    }

    /** What the gateway really answers fits the documented schemas, on a chatter's and a moderator's first steps. */
    @Test
    void realAnswersFitTheDocumentedSchemas() {
        var address = Platform.newAddress();
        var nickname = Platform.nickname("Oas");
        var created = Platform.call("POST", "/sessions", null, Json.createObjectBuilder().add("nickname", nickname)
                .add("age", 22).build().toString(), "X-Forwarded-For", address);
        assertFits("post", "/api/v1/sessions", created, 201);
        var token = created.object().getString("token");

        var tooYoung = Platform.call("POST", "/sessions", null, Json.createObjectBuilder()
                .add("nickname", Platform.nickname("Oay")).add("age", 12).build().toString(),
                "X-Forwarded-For", Platform.newAddress());
        assertFits("post", "/api/v1/sessions", tooYoung, 403);
        assertEquals("under-minimum-age", tooYoung.code());

        assertFits("get", "/api/v1/rooms", Platform.call("GET", "/rooms", token, null), 200);
        assertFits("put", "/api/v1/rooms/{roomId}/members/me",
                Platform.call("PUT", "/rooms/discussion/members/me", token, null), 200);
        assertFits("post", "/api/v1/rooms/{roomId}/messages", Platform.call("POST", "/rooms/discussion/messages",
                token, Json.createObjectBuilder().add("clientMessageId", Platform.marker())
                        .add("text", "bonjour " + Platform.marker()).build().toString()), 202);
        assertFits("get", "/api/v1/rooms/{roomId}/members",
                Platform.call("GET", "/rooms/discussion/members", token, null), 200);
        assertFits("get", "/api/v1/rooms/{roomId}/messages",
                Platform.call("GET", "/rooms/discussion/messages?limit=5", token, null), 200);
        assertFits("post", "/api/v1/stream-tickets", Platform.call("POST", "/stream-tickets", token, null), 201);
        assertFits("delete", "/api/v1/messages/{messageId}",
                Platform.call("DELETE", "/messages/no-such-message", token, null), 404);
        assertFits("get", "/api/v1/conversations", Platform.call("GET", "/conversations", token, null), 200);

        var login = Platform.call("POST", "/staff/sessions", null, Json.createObjectBuilder()
                .add("username", "moderator").add("password", "local-moderator").build().toString(),
                "X-Forwarded-For", Platform.newAddress());
        assertFits("post", "/api/v1/staff/sessions", login, 201);
        var staff = login.object().getString("token");
        assertFits("get", "/api/v1/moderation/cases", Platform.call("GET", "/moderation/cases", staff, null), 200);
        assertFits("get", "/api/v1/moderation/audit/verify",
                Platform.call("GET", "/moderation/audit/verify", staff, null), 200);
        var chatterOnStaffRoute = Platform.call("GET", "/moderation/cases", token, null);
        assertFits("get", "/api/v1/moderation/cases", chatterOnStaffRoute, 403);
        assertEquals("forbidden", chatterOnStaffRoute.code());
    }

    /** A few routes read by hand: parameters and refusals a front-end developer needs. */
    @Test
    void handPickedRoutesCarryWhatAClientNeeds() {
        var history = operation("get", "/api/v1/rooms/{roomId}/messages");
        var query = history.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(p -> "query".equals(p.getString("in"))).map(p -> p.getString("name")).toList();
        assertEquals(List.of("before", "limit"), query);

        assertEquals(List.of("not-author"), codes(operation("delete", "/api/v1/messages/{messageId}"), "403")
                .stream().filter(c -> !c.equals("banned") && !c.equals("forbidden")).toList());
        assertTrue(codes(operation("post", "/api/v1/sessions"), "409").contains("nickname-taken"));
        assertTrue(codes(operation("put", "/api/v1/rooms/{roomId}/members/me"), "403").contains("audience-mismatch"));
        assertTrue(codes(operation("put", "/api/v1/rooms/{roomId}/members/me"), "409").contains("room-full"));
        assertTrue(codes(operation("post", "/api/v1/staff/sessions"), "401").contains("invalid-credentials"));

        var decision = resolve(operation("post", "/api/v1/moderation/cases/{id}/decisions")
                .getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema"));
        var actions = decision.getJsonObject("properties").getJsonObject("action").getJsonArray("enum")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertEquals(List.of("dismiss", "remove-message", "approve-message", "warn", "mute", "kick", "ban"), actions);

        var transparency = operation("get", "/api/v1/moderation/transparency").getJsonObject("responses")
                .getJsonObject("200").getJsonObject("content");
        assertTrue(transparency.containsKey("application/json") && transparency.containsKey("text/csv"),
                transparency::toString);
    }

    // ---- reading the document ----------------------------------------------------------------------------------

    record Operation(String method, String path, JsonObject operation) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Set<Route> routesIn(Path markdown) throws IOException {
        var routes = new LinkedHashSet<Route>();
        var matcher = ROUTE.matcher(Files.readString(markdown));
        while (matcher.find()) {
            routes.add(new Route(matcher.group(1), matcher.group(2)));
        }
        return routes;
    }

    private static void assertDescribed(Set<Route> routes) {
        var faults = new ArrayList<String>();
        for (var route : routes) {
            var found = operation(route.method().toLowerCase(Locale.ROOT), route.path());
            if (found == null) {
                faults.add(route + " is not in the document");
            } else {
                faults.addAll(shapeFaults(new Operation(route.method().toLowerCase(Locale.ROOT), route.path(), found)));
            }
        }
        assertTrue(faults.isEmpty(), () -> String.join("\n", faults));
    }

    private static List<Operation> operations() {
        var all = new ArrayList<Operation>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (METHODS.contains(method)) {
                all.add(new Operation(method, path, op.asJsonObject()));
            }
        }));
        assertTrue(all.size() >= 40, () -> "operations in the document: " + all);
        return all;
    }

    /** The operation of that method on that path, path parameters named as they like; null when there is none. */
    private static JsonObject operation(String method, String path) {
        var wanted = template(path);
        for (var entry : document.getJsonObject("paths").entrySet()) {
            if (template(entry.getKey()).equals(wanted) && entry.getValue().asJsonObject().containsKey(method)) {
                return entry.getValue().asJsonObject().getJsonObject(method);
            }
        }
        return null;
    }

    private static String template(String path) {
        return path.replaceAll("\\{[^}]*}", "{}").replaceAll("/$", "");
    }

    /** A success answer with a schema (none for 204 and the WebSocket's 101); every problem with its codes. */
    private static List<String> shapeFaults(Operation o) {
        var faults = new ArrayList<String>();
        var responses = o.operation().getJsonObject("responses");
        if (responses == null) {
            return List.of(o + " has no responses");
        }
        var successes = responses.keySet().stream().filter(s -> s.startsWith("2") || s.equals("101")).toList();
        if (successes.isEmpty()) {
            faults.add(o + " has no success answer: " + responses.keySet());
        }
        for (var status : successes) {
            if (!status.equals("204") && !status.equals("101") && schemasOf(responses.getJsonObject(status)).isEmpty()) {
                faults.add(o + " answers " + status + " without a schema");
            }
        }
        responses.keySet().stream().filter(s -> s.startsWith("4") || s.startsWith("5")).forEach(status -> {
            if (codes(o.operation(), status).isEmpty()) {
                faults.add(o + " answers " + status + " without a problem+json schema naming its codes");
            }
        });
        if (Set.of("post", "put", "patch").contains(o.method()) && o.operation().containsKey("requestBody")) {
            if (schemasOf(o.operation().getJsonObject("requestBody")).isEmpty()) {
                faults.add(o + " has a request body without a schema");
            }
        }
        return faults;
    }

    private static List<JsonObject> schemasOf(JsonObject withContent) {
        var content = withContent.getJsonObject("content");
        if (content == null) {
            return List.of();
        }
        return content.values().stream().map(JsonValue::asJsonObject).filter(m -> m.containsKey("schema"))
                .map(m -> m.getJsonObject("schema")).toList();
    }

    /** The problem codes documented for one status of an operation: the enum of {@code code} in its schema. */
    private static List<String> codes(JsonObject operation, String status) {
        var response = operation.getJsonObject("responses").getJsonObject(status);
        if (response == null || response.getJsonObject("content") == null) {
            return List.of();
        }
        var problem = response.getJsonObject("content").getJsonObject("application/problem+json");
        if (problem == null) {
            return List.of();
        }
        var codes = new ArrayList<String>();
        collectCodes(problem.getJsonObject("schema"), codes);
        return codes;
    }

    private static void collectCodes(JsonObject schema, List<String> codes) {
        var resolved = resolve(schema);
        if (resolved.containsKey("allOf")) {
            resolved.getJsonArray("allOf").getValuesAs(JsonObject.class).forEach(s -> collectCodes(s, codes));
        }
        var properties = resolved.getJsonObject("properties");
        if (properties != null && properties.containsKey("code")
                && properties.getJsonObject("code").containsKey("enum")) {
            properties.getJsonObject("code").getJsonArray("enum").getValuesAs(JsonString.class)
                    .forEach(c -> codes.add(c.getString()));
        }
    }

    private static Set<String> securitySchemes(JsonObject operation) {
        var requirements = operation.containsKey("security") ? operation.getJsonArray("security")
                : document.getJsonArray("security");
        var names = new LinkedHashSet<String>();
        if (requirements != null) {
            requirements.getValuesAs(JsonObject.class).forEach(r -> names.addAll(r.keySet()));
        }
        return names;
    }

    /** Empty when the answer is documented for the operation: its status, and for a problem its code. */
    private static List<String> documentedFaults(Operation o, Platform.Answer answer) {
        var status = String.valueOf(answer.status());
        if (!o.operation().getJsonObject("responses").containsKey(status)) {
            return List.of(o + " answered " + answer + ", an undocumented status");
        }
        if (answer.isProblem() && !codes(o.operation(), status).contains(answer.code())) {
            return List.of(o + " answered " + answer + ", a code not among " + codes(o.operation(), status));
        }
        return List.of();
    }

    // ---- checking an answer against its schema ------------------------------------------------------------------

    private static void assertFits(String method, String path, Platform.Answer answer, int expected) {
        assertEquals(expected, answer.status(), () -> method + " " + path + ": " + answer);
        var operation = operation(method, path);
        assertNotNull(operation, method + " " + path);
        var response = operation.getJsonObject("responses").getJsonObject(String.valueOf(expected));
        assertNotNull(response, () -> method + " " + path + " documents no " + expected);
        var mediaType = answer.contentType().split(";")[0].trim();
        var content = response.getJsonObject("content").getJsonObject(mediaType);
        assertNotNull(content, () -> method + " " + path + " " + expected + " documents no " + mediaType);
        var faults = new ArrayList<String>();
        fits(answer.json(), content.getJsonObject("schema"), "body", faults);
        assertTrue(faults.isEmpty(), () -> method + " " + path + " " + answer + ":\n" + String.join("\n", faults));
    }

    private static JsonObject resolve(JsonObject schema) {
        while (schema.containsKey("$ref")) {
            var name = schema.getString("$ref").substring("#/components/schemas/".length());
            schema = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
            assertNotNull(schema, name);
        }
        return schema;
    }

    /** JSON Schema's type, enum, required, properties, items and allOf: what a client relies on. */
    private static void fits(JsonValue value, JsonObject schema, String where, List<String> faults) {
        schema = resolve(schema);
        if (schema.containsKey("allOf")) {
            for (var part : schema.getJsonArray("allOf").getValuesAs(JsonObject.class)) {
                fits(value, part, where, faults);
            }
        }
        if (schema.containsKey("type")) {
            var types = schema.get("type") instanceof JsonArray many
                    ? many.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                    : List.of(schema.getString("type"));
            if (types.stream().noneMatch(t -> isOfType(value, t))) {
                faults.add(where + ": " + value + " is not " + types);
                return;
            }
        }
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
            faults.add(where + ": " + value + " is not one of " + schema.getJsonArray("enum"));
        }
        if (value instanceof JsonObject object) {
            if (schema.containsKey("required")) {
                for (var name : schema.getJsonArray("required").getValuesAs(JsonString.class)) {
                    if (!object.containsKey(name.getString())) {
                        faults.add(where + ": " + name.getString() + " is missing");
                    }
                }
            }
            var properties = schema.getJsonObject("properties");
            if (properties != null) {
                object.forEach((name, v) -> {
                    if (properties.containsKey(name)) {
                        fits(v, properties.getJsonObject(name), where + "." + name, faults);
                    }
                });
            }
        }
        if (value instanceof JsonArray array && schema.containsKey("items")) {
            for (int i = 0; i < array.size(); i++) {
                fits(array.get(i), schema.getJsonObject("items"), where + "[" + i + "]", faults);
            }
        }
    }

    private static boolean isOfType(JsonValue value, String type) {
        return switch (type) {
            case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
            case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
            case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
            case "boolean" -> value.getValueType() == JsonValue.ValueType.TRUE
                    || value.getValueType() == JsonValue.ValueType.FALSE;
            case "null" -> value.getValueType() == JsonValue.ValueType.NULL;
            case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
            case "integer" -> value instanceof JsonNumber n && n.isIntegral();
            default -> false;
        };
    }
}
