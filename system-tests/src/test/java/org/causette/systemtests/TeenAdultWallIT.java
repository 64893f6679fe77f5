package org.causette.systemtests;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.causette.systemtests.Stream.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invariant: a teen and an adult never see each other, never share a room, never open a conversation and
 * never receive each other's presence or messages, through any endpoint or event.
 */
class TeenAdultWallIT {
    private static final String TEEN_ROOM = "ados-discussion";
    private static final String ADULT_ROOM = "discussion";

    @Test
    void noPathLetsATeenAndAnAdultMeet() throws Exception {
        var teen = Chatter.teen("Ado");
        var otherTeen = Chatter.teen("Ada");
        var adult = Chatter.adult("Max");
        var otherAdult = Chatter.adult("Mia");

        assertOnlyAudience(teen, "teen");
        assertOnlyAudience(adult, "adult");

        teen.mustJoin(TEEN_ROOM);
        otherTeen.mustJoin(TEEN_ROOM);
        adult.mustJoin(ADULT_ROOM);
        otherAdult.mustJoin(ADULT_ROOM);

        try (var teenStream = teen.stream(); var adultStream = adult.stream()) {
            refused(adult.join(TEEN_ROOM), 403, "audience-mismatch");
            refused(teen.join(ADULT_ROOM), 403, "audience-mismatch");
            refused(adult.call("GET", "/rooms/" + TEEN_ROOM + "/members", null), 403, "not-a-member");
            refused(teen.call("GET", "/rooms/" + ADULT_ROOM + "/members", null), 403, "not-a-member");
            refused(adult.call("GET", "/rooms/" + TEEN_ROOM + "/messages", null), 403, "not-a-member");
            refused(teen.call("GET", "/rooms/" + ADULT_ROOM + "/messages", null), 403, "not-a-member");
            refused(adult.say(TEEN_ROOM, "coucou les jeunes"), 403, "not-a-member");
            refused(teen.say(ADULT_ROOM, "coucou les adultes"), 403, "not-a-member");
            // a session of the other bracket answers exactly like an unknown one (API 1.1: nothing leaks across)
            refused(adult.call("POST", "/conversations", "{\"peer\":\"" + teen.id + "\"}"), 404, "not-found");
            refused(teen.call("POST", "/conversations", "{\"peer\":\"" + adult.id + "\"}"), 404, "not-found");

            var viaStream = UUID.randomUUID().toString();
            adultStream.sendToRoom(TEEN_ROOM, viaStream, "par le flux");
            var error = adultStream.await(f -> "error".equals(f.getString("type", ""))
                    && viaStream.equals(f.getString("clientMessageId", "")));
            assertEquals("not-a-member", error.getString("code"));

            racingJoinsAreAllRefused(adult, TEEN_ROOM);
            racingJoinsAreAllRefused(teen, ADULT_ROOM);

            var teenText = "message ados " + Platform.marker();
            var adultText = "message adultes " + Platform.marker();
            assertEquals(202, otherTeen.say(TEEN_ROOM, teenText).status());
            assertEquals(202, otherAdult.say(ADULT_ROOM, adultText).status());
            teenStream.await(message(teenText));
            adultStream.await(message(adultText));
            var lateTeen = Chatter.teen("Ari");
            lateTeen.mustJoin(TEEN_ROOM);
            teenStream.await(f -> lateTeen.id.equals(f.getString("sessionId", "")));

            assertNothingOf(adultStream, Set.of(teen.id, otherTeen.id, lateTeen.id), TEEN_ROOM, teenText);
            assertNothingOf(teenStream, Set.of(adult.id, otherAdult.id), ADULT_ROOM, adultText);
            assertTrue(adult.call("GET", "/rooms/" + ADULT_ROOM + "/members", null).json().asJsonArray()
                    .getValuesAs(JsonObject.class).stream()
                    .noneMatch(m -> Set.of(teen.id, otherTeen.id, lateTeen.id).contains(m.getString("sessionId"))));
        }
    }

    @Test
    void privateRoomsKeepTheWall() {
        var teen = Chatter.teen("Pvt");
        var adult = Chatter.adult("Pva");
        try (var teenStream = teen.stream(); var adultStream = adult.stream()) {
            var teenRoom = PrivateRoomsIT.create(teen, "Ados entre potes");
            var adultRoom = PrivateRoomsIT.create(adult, "Adultes entre amis");
            assertEquals("teen", teenRoom.getString("audience"));
            assertEquals("adult", adultRoom.getString("audience"));
            var teenRoomId = teenRoom.getString("id");
            var adultRoomId = adultRoom.getString("id");

            refused(PrivateRoomsIT.invite(teen, teenRoomId, adult.id), 404, "not-found");
            refused(PrivateRoomsIT.invite(adult, adultRoomId, teen.id), 404, "not-found");
            assertFalse(PrivateRoomsIT.roomIds(teen).contains(adultRoomId), "a teen never sees an adult private room");
            assertFalse(PrivateRoomsIT.roomIds(adult).contains(teenRoomId));
            assertOnlyAudience(teen, "teen");
            assertOnlyAudience(adult, "adult");
            refused(teen.join(adultRoomId), 404, "not-found");
            refused(adult.join(teenRoomId), 404, "not-found");
            refused(teen.call("GET", "/rooms/" + adultRoomId + "/members", null), 404, "not-found");
            refused(adult.call("GET", "/rooms/" + teenRoomId + "/messages", null), 404, "not-found");
            refused(teen.say(adultRoomId, "coucou"), 404, "not-found");
            refused(adult.call("PATCH", "/rooms/" + teenRoomId, "{\"slowModeSeconds\":1}"), 404, "not-found");

            var otherTeen = Chatter.teen("Pvo");
            assertEquals(201, PrivateRoomsIT.invite(teen, teenRoomId, otherTeen.id).status());
            otherTeen.mustJoin(teenRoomId);
            var teenText = "entre ados " + Platform.marker();
            assertEquals(202, otherTeen.say(teenRoomId, teenText).status());
            teenStream.await(message(teenText));

            assertTrue(teenStream.frames(f -> "invitation".equals(f.getString("type", ""))).isEmpty());
            assertTrue(adultStream.frames(f -> "invitation".equals(f.getString("type", ""))).isEmpty());
            assertNothingOf(adultStream, Set.of(teen.id, otherTeen.id), teenRoomId, teenText);
            assertNothingOf(teenStream, Set.of(adult.id), adultRoomId, Platform.marker());
        }
    }

    @Test
    void expiredForgedAndUnsignedTokensOpenNothing() throws Exception {
        var teen = Chatter.teen("Exp");
        var now = Instant.now().getEpochSecond();
        var expired = Tokens.signed("{\"iss\":\"causette\",\"sub\":\"" + teen.id + "\",\"nickname\":\"" + teen.nickname
                + "\",\"bracket\":\"adult\",\"groups\":[\"adult\"],\"iat\":" + (now - 7200) + ",\"exp\":" + (now - 60) + "}");
        refused(Platform.call("PUT", "/rooms/" + ADULT_ROOM + "/members/me", expired, null), 401, "unauthenticated");
        var unsigned = Tokens.unsigned("{\"iss\":\"causette\",\"sub\":\"" + teen.id + "\",\"bracket\":\"adult\","
                + "\"groups\":[\"adult\"],\"exp\":" + (now + 3600) + "}");
        refused(Platform.call("PUT", "/rooms/" + ADULT_ROOM + "/members/me", unsigned, null), 401, "unauthenticated");
        var parts = teen.token.split("\\.");
        var claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"teen\"", "\"adult\"");
        var forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes()) + "." + parts[2];
        refused(Platform.call("PUT", "/rooms/" + ADULT_ROOM + "/members/me", forged, null), 401, "unauthenticated");
    }

    private static void racingJoinsAreAllRefused(Chatter who, String roomId) throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var attempts = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 16; i++) {
                attempts.add(() -> who.join(roomId).status());
            }
            for (var result : pool.invokeAll(attempts)) {
                assertEquals(403, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOnlyAudience(Chatter who, String audience) {
        var rooms = who.call("GET", "/rooms", null).json().asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(rooms.size() >= 1);
        assertTrue(rooms.stream().allMatch(r -> audience.equals(r.getString("audience"))), rooms::toString);
    }

    private static void refused(Platform.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals(code, answer.code(), answer::toString);
    }

    private static void assertNothingOf(Stream stream, Set<String> sessions, String roomId, String text) {
        List<JsonObject> leaks = stream.frames(f -> roomId.equals(f.getString("room", ""))
                || sessions.contains(f.getString("sessionId", ""))
                || (f.containsKey("from") && sessions.contains(f.getJsonObject("from").getString("sessionId", "")))
                || (f.containsKey("peer") && sessions.contains(f.getJsonObject("peer").getString("sessionId", "")))
                || text.equals(f.getString("text", "")));
        assertTrue(leaks.isEmpty(), () -> "frames across the wall: " + leaks);
    }
}
