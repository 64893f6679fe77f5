package org.causette.systemtests;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.causette.systemtests.Stream.message;
import static org.causette.systemtests.Stream.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a newcomer does: a session, a room, the stream, a message out and messages in. */
class NewUserJourneyIT {
    private static final String ADULT_ROOM = "discussion";

    @Test
    void aMessageSentOnTheStreamReachesEveryPresentMemberOnceAndLandsInHistory() {
        var lou = Chatter.adult("Lou");
        var sam = Chatter.adult("Sam");
        var rooms = lou.call("GET", "/rooms", null);
        assertEquals(200, rooms.status(), rooms::toString);
        assertTrue(rooms.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .allMatch(r -> "adult".equals(r.getString("audience"))), "an adult sees adult rooms only");
        lou.mustJoin(ADULT_ROOM);
        sam.mustJoin(ADULT_ROOM);
        try (var louStream = lou.stream(); var samStream = sam.stream()) {
            var clientMessageId = UUID.randomUUID().toString();
            louStream.sendToRoom(ADULT_ROOM, clientMessageId, "salut tout le monde");

            var ack = louStream.await(type("ack"));
            assertEquals(clientMessageId, ack.getString("clientMessageId"));
            assertEquals("accepted", ack.getString("status"));
            var own = louStream.await(message("salut tout le monde"));
            assertEquals(clientMessageId, own.getString("clientMessageId"), "the author's copy carries its id");
            var received = samStream.await(message("salut tout le monde"));
            assertEquals(ack.getString("id"), received.getString("id"));
            assertEquals(ADULT_ROOM, received.getString("room"));
            assertEquals(lou.id, received.getJsonObject("from").getString("sessionId"));
            assertFalse(received.containsKey("clientMessageId"), "others do not see the author's client id");

            var history = sam.call("GET", "/rooms/" + ADULT_ROOM + "/messages?limit=10", null);
            assertEquals(200, history.status(), history::toString);
            assertTrue(history.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .anyMatch(m -> m.getString("id").equals(ack.getString("id"))));
            assertEquals(1, samStream.frames(message("salut tout le monde")).size(), "delivered exactly once");
        }
    }

    @Test
    void aResentClientMessageIdGetsTheSameIdAndIsDeliveredOnce() {
        var ana = Chatter.adult("Ana");
        var eli = Chatter.adult("Eli");
        ana.mustJoin(ADULT_ROOM);
        eli.mustJoin(ADULT_ROOM);
        try (var eliStream = eli.stream()) {
            var clientMessageId = UUID.randomUUID().toString();
            var marker = Platform.marker();
            var text = "une seule fois " + marker;
            var first = ana.post(ADULT_ROOM, clientMessageId, text);
            var second = ana.post(ADULT_ROOM, clientMessageId, text);
            assertEquals(202, first.status(), first::toString);
            assertEquals(202, second.status(), second::toString);
            assertEquals(first.object().getString("id"), second.object().getString("id"));
            eliStream.await(message(text));
            var later = ana.say(ADULT_ROOM, "et après " + marker);
            assertEquals(202, later.status());
            eliStream.await(message("et après " + marker));
            assertEquals(1, eliStream.frames(message(text)).size());
        }
    }

    @Test
    void presenceTellsTheRoomWhoJoinedAndLeft() {
        var ines = Chatter.adult("Ines");
        ines.mustJoin("cinema-series");
        try (var stream = ines.stream()) {
            var tom = Chatter.adult("Tom");
            tom.mustJoin("cinema-series");
            var joined = stream.await(f -> "presence".equals(f.getString("type", ""))
                    && tom.id.equals(f.getString("sessionId")) && "joined".equals(f.getString("state")));
            assertEquals(tom.nickname, joined.getString("nickname"));
            var members = ines.call("GET", "/rooms/cinema-series/members", null);
            assertTrue(members.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .anyMatch(m -> tom.id.equals(m.getString("sessionId"))));
            assertEquals(204, tom.call("DELETE", "/rooms/cinema-series/members/me", null).status());
            stream.await(f -> "presence".equals(f.getString("type", "")) && tom.id.equals(f.getString("sessionId"))
                    && "left".equals(f.getString("state")));
        }
    }

    @Test
    void endingTheSessionFreesTheNicknameAndRevokesTheToken() {
        var nickname = Platform.nickname("Zoé");
        var first = Chatter.create(nickname, 30, null);
        var taken = Platform.call("POST", "/sessions", null, "{\"nickname\":\"" + nickname.toUpperCase()
                .replace("É", "E") + "\",\"age\":30}");
        assertEquals(409, taken.status(), taken::toString);
        assertEquals("nickname-taken", taken.code());
        assertEquals(204, first.call("DELETE", "/sessions/me", null).status());
        assertEquals(401, first.call("GET", "/rooms", null).status());
        var again = Chatter.create(nickname, 30, null);
        assertTrue(again.token.length() > 20);
        assertTrue(again.call("GET", "/rooms", null).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(r -> r.get("id")).allMatch(JsonString.class::isInstance));
    }
}
