package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Private rooms by invitation: created by a chatter, seen and joined only by its owner, members and invitees. */
class PrivateRoomsIT {

    static JsonObject create(Chatter owner, String name) {
        var answer = owner.call("POST", "/rooms", Json.createObjectBuilder().add("name", name)
                .add("topic", "entre nous").build().toString());
        assertEquals(201, answer.status(), answer::toString);
        return answer.object();
    }

    static Platform.Answer invite(Chatter owner, String roomId, String sessionId) {
        return owner.call("POST", "/rooms/" + roomId + "/invitations", "{\"sessionId\":\"" + sessionId + "\"}");
    }

    static List<String> roomIds(Chatter who) {
        var answer = who.call("GET", "/rooms", null);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().asJsonArray().getValuesAs(JsonObject.class).stream().map(r -> r.getString("id")).toList();
    }

    @Test
    void aPrivateRoomLivesByInvitation() {
        var owner = Chatter.adult("Own");
        var guest = Chatter.adult("Gue");
        var stranger = Chatter.adult("Str");
        var room = create(owner, "Apéro du jeudi");
        var roomId = room.getString("id");
        assertEquals("private", room.getString("kind"));
        assertEquals("adult", room.getString("audience"));
        assertEquals("Apéro du jeudi", room.getString("name"));
        assertEquals(1, room.getInt("members"));
        assertEquals(owner.id, room.getString("ownerSessionId"));

        assertTrue(roomIds(owner).contains(roomId));
        assertFalse(roomIds(guest).contains(roomId), "not listed before the invitation");
        refused(guest.join(roomId), 404, "not-found");

        try (var guestStream = guest.stream(); var ownerStream = owner.stream()) {
            var invited = invite(owner, roomId, guest.id);
            assertEquals(201, invited.status(), invited::toString);
            assertEquals("invited", invited.object().getString("status"));
            var invitation = guestStream.await(f -> "invitation".equals(f.getString("type", ""))
                    && roomId.equals(f.getJsonObject("room").getString("id")));
            assertEquals("Apéro du jeudi", invitation.getJsonObject("room").getString("name"));
            assertEquals("private", invitation.getJsonObject("room").getString("kind"));
            assertEquals(owner.id, invitation.getJsonObject("from").getString("sessionId"));
            assertEquals(owner.nickname, invitation.getJsonObject("from").getString("nickname"));

            assertTrue(roomIds(guest).contains(roomId), "listed to an invitee");
            guest.mustJoin(roomId);
            ownerStream.await(f -> "presence".equals(f.getString("type", "")) && guest.id.equals(f.getString("sessionId", "")));
            var text = "entre amis " + Platform.marker();
            assertEquals(202, guest.say(roomId, text).status());
            ownerStream.await(Stream.message(text));
            assertEquals(2, guest.call("GET", "/rooms/" + roomId + "/members", null).json().asJsonArray().size());

            assertFalse(roomIds(stranger).contains(roomId), "never listed to others");
            refused(stranger.join(roomId), 404, "not-found");
            refused(stranger.call("GET", "/rooms/" + roomId + "/members", null), 404, "not-found");
            refused(stranger.call("GET", "/rooms/" + roomId + "/messages", null), 404, "not-found");
            refused(stranger.say(roomId, "je m'incruste"), 404, "not-found");
            refused(invite(stranger, roomId, stranger.id), 400, "invalid-field");
            refused(invite(guest, roomId, stranger.id), 403, "not-room-owner");
            assertTrue(guestStream.frames(f -> "invitation".equals(f.getString("type", ""))).size() == 1);
        }
    }

    @Test
    void aPrivateRoomClosesWhenEmptyAfterItsOwnerLeft() {
        var owner = Chatter.adult("Clo");
        var guest = Chatter.adult("Clg");
        var roomId = create(owner, "Éphémère").getString("id");
        assertEquals(201, invite(owner, roomId, guest.id).status());
        assertTrue(roomIds(guest).contains(roomId));
        assertEquals(204, owner.call("DELETE", "/sessions/me", null).status());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !roomIds(guest).contains(roomId));
        refused(guest.join(roomId), 404, "not-found");
    }

    @Test
    void blockedSessionsCannotInviteEachOther() {
        var blocker = Chatter.adult("Blk");
        var blocked = Chatter.adult("Bld");
        assertEquals(204, blocker.call("POST", "/blocks", "{\"sessionId\":\"" + blocked.id + "\"}").status());
        var roomId = create(blocked, "Insistant").getString("id");
        refused(invite(blocked, roomId, blocker.id), 403, "blocked");
        assertFalse(roomIds(blocker).contains(roomId));
    }

    @Test
    void namesAreModeratedAndEveryInputIsChecked() {
        var lou = Chatter.adult("Nam");
        refused(lou.call("POST", "/rooms", "{\"name\":\"salePD\"}"), 422, "room-name-rejected");
        refused(lou.call("POST", "/rooms", "{\"name\":\"Les potes\",\"topic\":\"salePD\"}"), 422, "room-topic-rejected");
        refused(lou.call("POST", "/rooms", "{\"name\":\"a\"}"), 400, "invalid-field");
        refused(lou.call("POST", "/rooms", "{\"name\":12}"), 400, "invalid-field");
        refused(lou.call("POST", "/rooms", "{}"), 400, "invalid-field");
        refused(lou.call("POST", "/rooms", "{\"name\":\"" + "x".repeat(41) + "\"}"), 400, "invalid-field");
        refused(lou.call("POST", "/rooms", "{\"name\":\"ok\",\"topic\":\"" + "t".repeat(121) + "\"}"), 400, "invalid-field");
        refused(lou.call("POST", "/rooms", "[1]"), 400, "malformed-json");
        refused(lou.call("POST", "/rooms", "{bad"), 400, "malformed-json");

        var roomId = create(lou, "Valide").getString("id");
        refused(lou.call("PATCH", "/rooms/" + roomId, "{\"slowModeSeconds\":3601}"), 400, "invalid-field");
        refused(lou.call("PATCH", "/rooms/" + roomId, "{\"slowModeSeconds\":\"5\"}"), 400, "invalid-field");
        refused(lou.call("PATCH", "/rooms/" + roomId, "{\"name\":\"autre\"}"), 400, "invalid-field");
        refused(lou.call("PATCH", "/rooms/" + roomId, "nope"), 400, "malformed-json");
        refused(lou.call("PATCH", "/rooms/discussion", "{\"slowModeSeconds\":5}"), 403, "not-room-owner");
        refused(lou.call("PATCH", "/rooms/no-such-room", "{\"slowModeSeconds\":5}"), 404, "not-found");
        refused(lou.call("POST", "/rooms/" + roomId + "/invitations", "{}"), 400, "invalid-field");
        refused(lou.call("POST", "/rooms/" + roomId + "/invitations", "{\"sessionId\":7}"), 400, "invalid-field");
        refused(invite(lou, roomId, lou.id), 400, "invalid-field");
        refused(invite(lou, roomId, "no-such-session"), 404, "not-found");
        refused(invite(lou, "discussion", Chatter.adult("Pub").id), 403, "not-room-owner");
        refused(invite(lou, "no-such-room", Chatter.adult("Nor").id), 404, "not-found");

        create(lou, "Deux");
        create(lou, "Trois");
        refused(lou.call("POST", "/rooms", "{\"name\":\"Quatre\"}"), 409, "too-many-rooms");
    }

    static void refused(Platform.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer::toString);
        assertTrue(answer.isProblem(), answer::toString);
        assertEquals(code, answer.code(), answer::toString);
    }
}
