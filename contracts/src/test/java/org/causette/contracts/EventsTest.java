package org.causette.contracts;

import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventsTest {

    @Test
    void everyEventTypeIsFoundByItsSimpleName() {
        assertEquals(MessageReleased.class, Events.typeNamed("MessageReleased").orElseThrow());
        assertTrue(Events.typeNamed("Nope").isEmpty());
        assertTrue(Events.typeNamed(null).isEmpty());
    }

    @Test
    void aMessageSurvivesAJsonRoundTrip() throws Exception {
        var message = new ChatMessage("m1", "c1", Channel.conversation("k1", Audience.teen, List.of("a", "b")),
                new Sender("a", "Lou", Audience.teen), "salut", Instant.parse("2026-11-23T10:00:00Z"));
        var event = new MessageSubmitted("e1", Instant.parse("2026-11-23T10:00:01Z"), message);
        try (var jsonb = JsonbBuilder.create()) {
            var json = jsonb.toJson(event);
            assertEquals(event, jsonb.fromJson(json, MessageSubmitted.class));
        }
    }

    @Test
    void anInvitationSurvivesAJsonRoundTrip() throws Exception {
        var event = new SessionInvited("e2", Instant.parse("2026-11-23T10:00:02Z"), "r1", "Potes", null, Audience.teen,
                new Sender("a", "Lou", Audience.teen), "b");
        try (var jsonb = JsonbBuilder.create()) {
            assertEquals(event, jsonb.fromJson(jsonb.toJson(event), SessionInvited.class));
        }
        assertEquals(SessionInvited.class, Events.typeNamed("SessionInvited").orElseThrow());
    }
}
