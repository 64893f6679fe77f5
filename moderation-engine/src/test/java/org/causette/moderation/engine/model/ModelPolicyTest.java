package org.causette.moderation.engine.model;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Category;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationSettings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelPolicyTest {

    private final ModelPolicy cut = new ModelPolicy(ModerationSettings.defaults());

    @Test
    void teenRoomsHoldThenBlockAdultRoomsFlagThenHold() {
        assertNull(cut.judge(new ModelScores(0.6, 0), Context.TEEN_ROOM, false));
        assertEquals(Action.ALLOW, cut.judge(new ModelScores(0.82, 0), Context.TEEN_ROOM, false).action());
        assertEquals(Action.HOLD, cut.judge(new ModelScores(0.9, 0), Context.TEEN_ROOM, false).action());
        assertEquals(Action.BLOCK, cut.judge(new ModelScores(0.99, 0), Context.TEEN_DIRECT, false).action());
        assertEquals(Action.ALLOW, cut.judge(new ModelScores(0.9, 0), Context.ADULT_ROOM, false).action());
        assertEquals(Action.HOLD, cut.judge(new ModelScores(0.99, 0), Context.ADULT_ROOM, false).action());
        assertEquals(Action.ALLOW, cut.judge(new ModelScores(0.999, 0), Context.ADULT_DIRECT, false).action());
        assertNull(cut.judge(new ModelScores(0.999, 0), Context.NICKNAME, false));
    }

    @Test
    void neverActsAloneOnCounterSpeech() {
        ModelHit hit = cut.judge(new ModelScores(0.99, 0), Context.TEEN_ROOM, true);
        assertEquals(Action.ALLOW, hit.action());
        assertEquals("model.abuse", hit.ruleId());
    }

    @Test
    void theHateHeadNamesTheCategory() {
        ModelHit hit = cut.judge(new ModelScores(0.9, 0.8), Context.TEEN_ROOM, false);
        assertEquals(Category.HATE, hit.category());
        assertEquals("model.hate", hit.ruleId());
        assertEquals(Category.HARASSMENT, cut.judge(new ModelScores(0.9, 0.2), Context.TEEN_ROOM, false).category());
    }

    @Test
    void thresholdsComeFromSettings() {
        ModelPolicy strict = new ModelPolicy(ModerationSettings.fromProperties(Map.of(
                ModerationSettings.PREFIX + "model.adult-room.hold", "0.6",
                ModerationSettings.PREFIX + "model.adult-room.block", "0.8")));
        assertEquals(Action.HOLD, strict.judge(new ModelScores(0.7, 0), Context.ADULT_ROOM, false).action());
        assertEquals(Action.BLOCK, strict.judge(new ModelScores(0.85, 0), Context.ADULT_ROOM, false).action());
        assertThrows(IllegalArgumentException.class, () -> ModerationSettings.fromProperties(Map.of(
                ModerationSettings.PREFIX + "model.teen-room.hold", "0.99")));
    }
}
