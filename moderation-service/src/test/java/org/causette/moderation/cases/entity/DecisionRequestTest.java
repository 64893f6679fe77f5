package org.causette.moderation.cases.entity;

import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Decisions arrive as JSON: both forms must bind (a second record constructor once made every decision a 400). */
class DecisionRequestTest {

    @Test
    void theFrozenOneActionForm() throws Exception {
        try (var jsonb = JsonbBuilder.create()) {
            var cut = jsonb.fromJson("{\"action\":\"ban\",\"durationMinutes\":1440,\"reason\":\"r\",\"ground\":\"terms:4.2\"}",
                    DecisionRequest.class);
            assertEquals(DecisionRequest.single("ban", 1440L, "r", "terms:4.2"), cut);
            assertNull(cut.actions());
        }
    }

    @Test
    void severalActions() throws Exception {
        try (var jsonb = JsonbBuilder.create()) {
            var cut = jsonb.fromJson("{\"actions\":[{\"action\":\"remove-message\"},{\"action\":\"mute\","
                    + "\"durationMinutes\":60}],\"reason\":\"r\",\"ground\":\"terms:4.2\"}", DecisionRequest.class);
            assertEquals(List.of(new DecisionRequest.Step("remove-message", null), new DecisionRequest.Step("mute", 60L)),
                    cut.actions());
        }
    }
}
