package org.causette.gateway.stream.control;

import jakarta.json.Json;
import org.causette.contracts.Audience;
import org.causette.contracts.Sender;
import org.causette.contracts.SessionInvited;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FramesTest {

    @Test
    void anInvitationNamesTheRoomAndWhoInvited() {
        var frame = Frames.invitation(new SessionInvited("e", Instant.now(), "r1", "Potes", null, Audience.teen,
                new Sender("lou", "Lou", Audience.teen), "ada"));
        try (var reader = Json.createReader(new StringReader(frame))) {
            var json = reader.readObject();
            assertEquals("invitation", json.getString("type"));
            assertEquals("r1", json.getJsonObject("room").getString("id"));
            assertEquals("Potes", json.getJsonObject("room").getString("name"));
            assertEquals("private", json.getJsonObject("room").getString("kind"));
            assertEquals("teen", json.getJsonObject("room").getString("audience"));
            assertFalse(json.getJsonObject("room").containsKey("topic"));
            assertEquals("lou", json.getJsonObject("from").getString("sessionId"));
            assertEquals("Lou", json.getJsonObject("from").getString("nickname"));
            assertFalse(json.getJsonObject("from").containsKey("bracket"));
        }
    }
}
