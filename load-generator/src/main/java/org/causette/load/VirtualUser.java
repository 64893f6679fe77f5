package org.causette.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/** One simulated chatter: a session, a room, a stream; counts what it receives. */
final class VirtualUser implements WebSocket.Listener {
    static final String PREFIX = "charge ";

    final String room;
    private volatile Run run;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private HttpClient http;
    private String url;
    private String token;
    private long sequence;

    private VirtualUser(String room, Run run) {
        this.room = room;
        this.run = run;
    }

    static VirtualUser join(HttpClient http, String url, String room, int index, Run run) throws Exception {
        var user = new VirtualUser(room, run);
        var address = "198.18." + (index / 250) + "." + (index % 250 + 1);
        var created = createSession(http, url, index, address);
        var token = created.getString("token");
        user.http = http;
        user.url = url;
        user.token = token;
        call(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/rooms/" + room + "/members/me"))
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.noBody()), 200);
        user.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                .buildAsync(URI.create(url.replaceFirst("^http", "ws") + "/api/v1/stream?access_token=" + token), user)
                .join();
        return user;
    }

    /** Generated nicknames may hit the nickname rules or another run's session: try a few. */
    private static JsonObject createSession(HttpClient http, String url, int index, String address) throws Exception {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; ; attempt++) {
            var nickname = "visiteur" + index + "_" + Letters.encode(random.nextLong(1_000_000, 9_000_000));
            try {
                return call(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/sessions"))
                        .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"nickname\":\"" + nickname + "\",\"age\":30}")),
                        201);
            } catch (IllegalStateException e) {
                if (attempt >= 5 || !(e.getMessage().startsWith("422") || e.getMessage().startsWith("409"))) {
                    throw e;
                }
            }
        }
    }

    private static JsonObject call(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        var response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** Counts what arrives from now on into another run (one run per measured rate). */
    void switchTo(Run next) {
        run = next;
    }

    /** Sends one message stamped with its send time; returns false if the stream is gone. */
    synchronized boolean send() {
        var text = PREFIX + Letters.encode(System.nanoTime()) + " " + Letters.encode(sequence++);
        var frame = Json.createObjectBuilder().add("type", "message").add("room", room)
                .add("clientMessageId", UUID.randomUUID().toString()).add("text", text).build().toString();
        try {
            socket.sendText(frame, true).join();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            var text = partial.toString();
            partial.setLength(0);
            receive(text);
        }
        webSocket.request(1);
        return null;
    }

    private void receive(String text) {
        long now = System.nanoTime();
        JsonObject frame;
        try (var reader = Json.createReader(new StringReader(text))) {
            frame = reader.readObject();
        }
        switch (frame.getString("type", "")) {
            case "ack" -> run.acked();
            case "error" -> run.refused(frame.getString("code", "?"));
            case "message" -> {
                var body = frame.getString("text", "");
                if (!body.startsWith(PREFIX)) {
                    return;
                }
                if (!seen.add(frame.getString("id"))) {
                    run.duplicate();
                    return;
                }
                long sentAt = Letters.decode(body.substring(PREFIX.length(), body.indexOf(' ', PREFIX.length())));
                run.delivered((now - sentAt) / 1000);
            }
            default -> {
            }
        }
    }

    /** Ends the session, which also leaves the room. */
    void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        http.sendAsync(HttpRequest.newBuilder(URI.create(url + "/api/v1/sessions/me"))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.discarding())
                .exceptionally(e -> null).join();
    }
}
