package org.causette.systemtests;

import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.causette.systemtests.PrivateRoomsIT.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A room's slow mode: one message per member per slowModeSeconds, on REST and on the stream. */
class SlowModeIT {

    @Test
    void aMemberSendsOneMessagePerPeriod() {
        var owner = Chatter.teen("Slo");
        var member = Chatter.teen("Slm");
        var roomId = PrivateRoomsIT.create(owner, "Au calme").getString("id");
        var changed = owner.call("PATCH", "/rooms/" + roomId, "{\"slowModeSeconds\":5}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(5, changed.object().getInt("slowModeSeconds"));
        refused(member.call("PATCH", "/rooms/" + roomId, "{\"slowModeSeconds\":0}"), 404, "not-found");
        assertEquals(201, PrivateRoomsIT.invite(owner, roomId, member.id).status());
        member.mustJoin(roomId);
        refused(member.call("PATCH", "/rooms/" + roomId, "{\"slowModeSeconds\":0}"), 403, "not-room-owner");
        assertEquals(5, member.call("GET", "/rooms", null).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> roomId.equals(r.getString("id"))).findFirst().orElseThrow().getInt("slowModeSeconds"));

        var first = UUID.randomUUID().toString();
        var accepted = member.post(roomId, first, "premier " + Platform.marker());
        assertEquals(202, accepted.status(), accepted::toString);
        var tooSoon = member.say(roomId, "deuxième " + Platform.marker());
        refused(tooSoon, 429, "rate-limited");
        int retryAfter = Integer.parseInt(tooSoon.retryAfter().get(0));
        assertTrue(retryAfter >= 1 && retryAfter <= 5, tooSoon::toString);

        var resent = member.post(roomId, first, "premier, renvoyé");
        assertEquals(202, resent.status(), "a resend of the same message is not refused: " + resent);
        assertEquals(accepted.object().getString("id"), resent.object().getString("id"));
        assertEquals(202, owner.say(roomId, "chacun son rythme " + Platform.marker()).status(),
                "each member has its own pace");

        try (var stream = member.stream()) {
            var viaStream = UUID.randomUUID().toString();
            stream.sendToRoom(roomId, viaStream, "par le flux " + Platform.marker());
            var error = stream.await(f -> "error".equals(f.getString("type", ""))
                    && viaStream.equals(f.getString("clientMessageId", "")));
            assertEquals("rate-limited", error.getString("code"));
        }

        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1))
                .until(() -> member.say(roomId, "plus tard " + Platform.marker()).status() == 202);
        assertEquals(200, owner.call("PATCH", "/rooms/" + roomId, "{\"slowModeSeconds\":0}").status());
        assertEquals(202, member.say(roomId, "sans attendre " + Platform.marker()).status());
        assertEquals(202, member.say(roomId, "toujours sans attendre " + Platform.marker()).status());
    }
}
