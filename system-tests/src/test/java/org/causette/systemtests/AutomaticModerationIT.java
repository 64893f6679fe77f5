package org.causette.systemtests;

import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.function.Predicate;

import static org.causette.systemtests.Stream.ackOf;
import static org.causette.systemtests.Stream.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contact details and slurs, plain or disguised, never reach another member; harmless text does. */
class AutomaticModerationIT {
    private static final String TEEN_ROOM = "ados-jeux-video";
    private static final String ADULT_ROOM = "lgbt";

    @ParameterizedTest
    @ValueSource(strings = {"appelle moi au 06 12 34 56 78", "mon snap c est lou.75", "ajoute moi sur ｓｎａｐ",
            "zéro six douze trente quatre cinquante six soixante dix huit", "écris moi: lou@mail.fr",
            "sale pd", "s a l e  p.d", "p3d3", "je vais te tuer", "appelle moi O6 l2 34 S6 78",
            "s n a p : m a x 2 0 1 0", "emma2011 a gmail com", "t'es une salpoe", "sale encuIé"})
    void harmfulTextInATeenRoomReachesNobodyAndItsAuthorIsTold(String text) {
        var author = Chatter.teen("Amt");
        var reader = Chatter.teen("Lec");
        author.mustJoin(TEEN_ROOM);
        reader.mustJoin(TEEN_ROOM);
        try (var authorStream = author.stream(); var readerStream = reader.stream()) {
            var clientMessageId = UUID.randomUUID().toString();
            authorStream.sendToRoom(TEEN_ROOM, clientMessageId, text);
            var ack = authorStream.await(ackOf(clientMessageId));
            var notice = authorStream.await(moderationOf(ack.getString("id")));
            assertEquals("blocked", notice.getString("action"));
            assertFalse(notice.getString("reason", "").isBlank());
            assertTrue(notice.getString("statement", "").startsWith("http"), notice::toString);

            var marker = "témoin " + Platform.marker();
            assertEquals(202, author.say(TEEN_ROOM, marker).status());
            readerStream.await(message(marker));
            assertTrue(readerStream.frames(f -> ack.getString("id").equals(f.getString("id", ""))).isEmpty(),
                    "the blocked message reached another member");
            assertTrue(authorStream.frames(f -> ack.getString("id").equals(f.getString("id", ""))
                    && "message".equals(f.getString("type", ""))).isEmpty(), "not even its author's copy");
            var history = reader.call("GET", "/rooms/" + TEEN_ROOM + "/messages", null).json().asJsonArray();
            assertTrue(history.getValuesAs(JsonObject.class).stream()
                    .noneMatch(m -> ack.getString("id").equals(m.getString("id"))));
        }
    }

    @Test
    void aPhoneNumberInAnAdultRoomIsMaskedForOthers() {
        var author = Chatter.adult("Num");
        var reader = Chatter.adult("Red");
        author.mustJoin(ADULT_ROOM);
        reader.mustJoin(ADULT_ROOM);
        try (var authorStream = author.stream(); var readerStream = reader.stream()) {
            authorStream.sendToRoom(ADULT_ROOM, UUID.randomUUID().toString(), "mon numéro: 06 12 34 56 78 bisous");
            var delivered = readerStream.await(f -> "message".equals(f.getString("type", ""))
                    && f.getString("text", "").contains("bisous"));
            assertFalse(delivered.getString("text").contains("56 78"), delivered::toString);
            var notice = authorStream.await(moderationOf(delivered.getString("id")));
            assertEquals("masked", notice.getString("action"));
        }
    }

    @Test
    void harmlessTextIsDelivered() {
        var author = Chatter.teen("Gen");
        var reader = Chatter.teen("Til");
        author.mustJoin(TEEN_ROOM);
        reader.mustJoin(TEEN_ROOM);
        try (var readerStream = reader.stream()) {
            var text = "quelqu'un joue à Minecraft ce soir ? " + Platform.marker();
            assertEquals(202, author.say(TEEN_ROOM, text).status());
            readerStream.await(message(text));
        }
    }

    @Test
    void groomingSpreadOverSeveralMessagesInATeenRoomIsHeld() {
        var author = Chatter.teen("Grm");
        var reader = Chatter.teen("Vic");
        author.mustJoin(TEEN_ROOM);
        reader.mustJoin(TEEN_ROOM);
        try (var authorStream = author.stream(); var readerStream = reader.stream()) {
            authorStream.sendToRoom(TEEN_ROOM, UUID.randomUUID().toString(), "salut ça va ? t'as quel âge ?");
            authorStream.sendToRoom(TEEN_ROOM, UUID.randomUUID().toString(), "cool. t'as snap ? on sera mieux là-bas");
            var clientMessageId = UUID.randomUUID().toString();
            authorStream.sendToRoom(TEEN_ROOM, clientMessageId, "tu m'envoies une photo de toi ?");
            var ack = authorStream.await(ackOf(clientMessageId));
            var notice = authorStream.await(moderationOf(ack.getString("id")));
            assertEquals("held", notice.getString("action"), notice::toString);

            var marker = "témoin " + Platform.marker();
            assertEquals(202, reader.say(TEEN_ROOM, marker).status());
            readerStream.await(message(marker));
            assertTrue(readerStream.frames(f -> ack.getString("id").equals(f.getString("id", ""))).isEmpty(),
                    "the held message reached another member");
        }
    }

    @Test
    void aNicknameThatBreaksTheRulesIsRefused() {
        var answer = Platform.call("POST", "/sessions", null, "{\"nickname\":\"salePD\",\"age\":20}");
        assertEquals(422, answer.status(), answer::toString);
        assertEquals("nickname-rejected", answer.code());
    }

    private static Predicate<JsonObject> moderationOf(String messageId) {
        return f -> "moderation".equals(f.getString("type", "")) && messageId.equals(f.getString("messageId", ""));
    }
}
