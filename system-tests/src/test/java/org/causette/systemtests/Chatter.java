package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An anonymous user: a session, its token and the REST calls of the public contract. */
public final class Chatter {
    public final String id;
    public final String nickname;
    public final String token;
    public final String deviceToken;

    private Chatter(JsonObject created) {
        var session = created.getJsonObject("session");
        this.id = session.getString("id");
        this.nickname = session.getString("nickname");
        this.token = created.getString("token");
        this.deviceToken = session.getString("deviceToken");
    }

    public static Chatter adult(String prefix) {
        return create(Platform.nickname(prefix), 25, null);
    }

    public static Chatter teen(String prefix) {
        return create(Platform.nickname(prefix), 16, null);
    }

    public static Chatter create(String nickname, int age, String device) {
        return create(nickname, age, device, Platform.newAddress());
    }

    /** A session opened from this client address (the test stack trusts X-Forwarded-For). */
    public static Chatter createFrom(String nickname, int age, String address) {
        return create(nickname, age, null, address);
    }

    private static Chatter create(String nickname, int age, String device, String address) {
        var body = Json.createObjectBuilder().add("nickname", nickname).add("age", age).build().toString();
        var answer = device == null ? Platform.call("POST", "/sessions", null, body, "X-Forwarded-For", address)
                : Platform.call("POST", "/sessions", null, body, "Causette-Device", device, "X-Forwarded-For", address);
        assertEquals(201, answer.status(), () -> "session for " + nickname + ": " + answer);
        return new Chatter(answer.object());
    }

    public Platform.Answer call(String method, String path, String body) {
        return Platform.call(method, path, token, body);
    }

    public Platform.Answer join(String roomId) {
        return call("PUT", "/rooms/" + roomId + "/members/me", null);
    }

    public void mustJoin(String roomId) {
        var answer = join(roomId);
        assertEquals(200, answer.status(), () -> nickname + " joins " + roomId + ": " + answer);
    }

    public Platform.Answer post(String roomId, String clientMessageId, String text) {
        return call("POST", "/rooms/" + roomId + "/messages", Json.createObjectBuilder()
                .add("clientMessageId", clientMessageId).add("text", text).build().toString());
    }

    public Platform.Answer say(String roomId, String text) {
        return post(roomId, UUID.randomUUID().toString(), text);
    }

    public Stream stream() {
        return Stream.open(token);
    }
}
