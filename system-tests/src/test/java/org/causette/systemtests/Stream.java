package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

/** A client's WebSocket stream: every frame received is kept, in order, for assertions. */
public final class Stream implements WebSocket.Listener, AutoCloseable {
    private final List<JsonObject> frames = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private volatile boolean closed;
    private volatile int closeCode = -1;
    private volatile String closeReason;

    /**
     * Each stream comes from an address of its own unless one is given (the test stack trusts X-Forwarded-For), so
     * the per-address stream cap concerns only the tests about it.
     */
    private Stream(String baseUrl, String query, String address) {
        var url = baseUrl.replaceFirst("^http", "ws") + "/api/v1/stream?" + query;
        this.socket = Platform.HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .header("X-Forwarded-For", address == null ? Platform.newAddress() : address)
                .buildAsync(URI.create(url), this).join();
    }

    public static Stream open(String token) {
        return new Stream(Platform.URL, "access_token=" + token, null);
    }

    /** A stream through another gateway than the platform's usual one. */
    public static Stream open(String baseUrl, String token) {
        return new Stream(baseUrl, "access_token=" + token, null);
    }

    /** A stream opened with a one-time ticket instead of the token. */
    public static Stream withTicket(String baseUrl, String ticket) {
        return new Stream(baseUrl, "ticket=" + ticket, null);
    }

    /** A stream opened with the token, from this client address. */
    public static Stream from(String address, String token) {
        return new Stream(Platform.URL, "access_token=" + token, address);
    }

    public void send(JsonObject frame) {
        socket.sendText(frame.toString(), true).join();
    }

    public void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    public void sendToRoom(String roomId, String clientMessageId, String text) {
        send(Json.createObjectBuilder().add("type", "message").add("room", roomId)
                .add("clientMessageId", clientMessageId).add("text", text).build());
    }

    public void sendToConversation(String conversationId, String clientMessageId, String text) {
        send(Json.createObjectBuilder().add("type", "message").add("conversation", conversationId)
                .add("clientMessageId", clientMessageId).add("text", text).build());
    }

    public List<JsonObject> frames() {
        return new ArrayList<>(frames);
    }

    public List<JsonObject> frames(Predicate<JsonObject> which) {
        return frames.stream().filter(which).toList();
    }

    public JsonObject await(Predicate<JsonObject> which) {
        return await(which, Duration.ofSeconds(20));
    }

    public JsonObject await(Predicate<JsonObject> which, Duration within) {
        Awaitility.await().atMost(within).until(() -> frames.stream().anyMatch(which));
        return frames.stream().filter(which).findFirst().orElseThrow();
    }

    public boolean isClosed() {
        return closed;
    }

    /** The close code the server sent, -1 while open or when the connection failed without one. */
    public int closeCode() {
        return closeCode;
    }

    public String closeReason() {
        return closeReason;
    }

    public static Predicate<JsonObject> type(String type) {
        return f -> type.equals(f.getString("type", ""));
    }

    /** The gateway's acknowledgement of the message sent with {@code clientMessageId}. */
    public static Predicate<JsonObject> ackOf(String clientMessageId) {
        return f -> "ack".equals(f.getString("type", "")) && clientMessageId.equals(f.getString("clientMessageId", ""));
    }

    public static Predicate<JsonObject> message(String text) {
        return f -> "message".equals(f.getString("type", "")) && text.equals(f.getString("text", ""));
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try (var reader = Json.createReader(new StringReader(partial.toString()))) {
                frames.add(reader.readObject());
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode = statusCode;
        closeReason = reason;
        closed = true;
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed = true;
    }

    @Override
    public void close() {
        if (!closed) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
    }
}
