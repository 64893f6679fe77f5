package org.causette.gateway.rooms.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.causette.kit.problems.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoomTextsTest {

    @Test
    void aNameIsTrimmedAndTwoToFortyCharacters() {
        assertEquals("Potes du lycée", RoomTexts.name(body("{\"name\":\"  Potes du lycée \"}")));
        assertEquals("😀😀", RoomTexts.name(body("{\"name\":\"😀😀\"}")));
        for (var bad : new String[]{"{}", "{\"name\":null}", "{\"name\":12}", "{\"name\":\"a\"}", "{\"name\":\"   \"}",
                "{\"name\":\"" + "x".repeat(41) + "\"}", "{\"name\":\"a\\u202Eb\"}", "{\"name\":\"a\\u0007b\"}"}) {
            var refused = assertThrows(ProblemException.class, () -> RoomTexts.name(body(bad)), bad);
            assertEquals("invalid-field", refused.code());
            assertTrue(refused.getMessage().startsWith("name:"));
        }
    }

    @Test
    void aTopicIsOptionalAndAtMost120Characters() {
        assertNull(RoomTexts.topic(body("{}")));
        assertNull(RoomTexts.topic(body("{\"topic\":null}")));
        assertNull(RoomTexts.topic(body("{\"topic\":\"  \"}")));
        assertEquals("Révisions", RoomTexts.topic(body("{\"topic\":\"Révisions \"}")));
        assertThrows(ProblemException.class, () -> RoomTexts.topic(body("{\"topic\":\"" + "t".repeat(121) + "\"}")));
        assertThrows(ProblemException.class, () -> RoomTexts.topic(body("{\"topic\":[]}")));
    }

    static JsonObject body(String json) {
        try (var reader = Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
    }
}
