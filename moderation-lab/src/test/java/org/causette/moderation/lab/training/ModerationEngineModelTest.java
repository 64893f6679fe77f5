package org.causette.moderation.lab.training;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationEngine;
import org.causette.moderation.engine.ModerationSettings;
import org.causette.moderation.engine.Submission;
import org.causette.moderation.engine.Verdict;
import org.causette.moderation.engine.model.AbuseModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine with a model trained in the test on a made-up insult ("zorglub") that no rule knows. */
class ModerationEngineModelTest {

    private static final AbuseModel MODEL = new AbuseModel(new ModelTraining(new TrainingParameters(14, 40, 0.5, 1e-6, 3L)).train(corpus()));

    private static List<TrainingExample> corpus() {
        List<TrainingExample> out = new ArrayList<>();
        String[] harmless = {"on se voit demain", "t'as fini tes devoirs", "bonne soirée à tous", "tu viens au foot",
                "j'adore ce film", "le bus est en retard", "arrête de dire ça", "c'est pas cool"};
        for (String h : harmless) {
            out.add(new TrainingExample("zorglub", "test", "fr", true, false));
            out.add(new TrainingExample(h, "test", "fr", false, false));
        }
        return out;
    }

    private final ModerationEngine cut = ModerationEngine.withModel(ModerationSettings.defaults(), MODEL);

    @Test
    void aModelOnlyHitIsHeldOrBlockedWhereTeensAreAndOnlyReportedBetweenAdults() {
        Verdict teen = cut.evaluate(Submission.of("zorglub", Context.TEEN_ROOM));
        assertTrue(teen.action() == Action.HOLD || teen.action() == Action.BLOCK, teen.toString());
        assertEquals(List.of("model.abuse"), teen.ruleIds());
        assertEquals("harassment", teen.categories().get(0));
        assertTrue(teen.score() >= 0.85, teen.toString());
        assertTrue(teen.reason().contains(teen.action() == Action.HOLD ? "insultant ou blessant" : "insultes"), teen.reason());

        Verdict adult = cut.evaluate(Submission.of("zorglub", Context.ADULT_DIRECT));
        assertEquals(Action.ALLOW, adult.action());
        assertEquals(List.of("model.abuse"), adult.ruleIds());
        assertEquals(adult.score(), teen.score(), 1e-9);
    }

    @Test
    void harmlessTextIsLeftAlone() {
        Verdict v = cut.evaluate(Submission.of("on se voit demain au foot", Context.TEEN_ROOM));
        assertEquals(Action.ALLOW, v.action());
        assertTrue(v.ruleIds().isEmpty(), v.ruleIds().toString());
        ModerationEngine rulesOnly = ModerationEngine.withModel(ModerationSettings.fromProperties(Map.of(
                ModerationSettings.PREFIX + "model.enabled", "false")), MODEL);
        assertEquals(rulesOnly.evaluate(Submission.of("on se voit demain au foot", Context.TEEN_ROOM)).score(), v.score(),
                "below the flag threshold the score is the rules' own");
    }

    @Test
    void counterSpeechIsNotHeld() {
        Verdict v = cut.evaluate(Submission.of("arrête de dire zorglub, c'est une insulte", Context.TEEN_ROOM));
        assertEquals(Action.ALLOW, v.action(), v.toString());
    }

    @Test
    void rulesStayAuthoritative() {
        Verdict v = cut.evaluate(Submission.of("ferme ta gueule zorglub", Context.TEEN_ROOM));
        assertEquals(Action.BLOCK, v.action());
        assertTrue(v.ruleIds().contains("model.abuse"), v.ruleIds().toString());
        assertTrue(v.ruleIds().stream().anyMatch(r -> r.startsWith("harassment.")), v.ruleIds().toString());
    }

    @Test
    void theModelCanBeSwitchedOffOrRetunedWithoutARebuild() {
        ModerationEngine off = ModerationEngine.withModel(ModerationSettings.fromProperties(Map.of(
                ModerationSettings.PREFIX + "model.enabled", "false")), MODEL);
        assertEquals(Action.ALLOW, off.evaluate(Submission.of("zorglub", Context.TEEN_ROOM)).action());
        assertTrue(off.evaluate(Submission.of("zorglub", Context.TEEN_ROOM)).ruleIds().isEmpty());

        ModerationEngine lenient = ModerationEngine.withModel(ModerationSettings.fromProperties(Map.of(
                ModerationSettings.PREFIX + "model.teen-room.hold", "2", ModerationSettings.PREFIX + "model.teen-room.block", "2")), MODEL);
        assertEquals(Action.ALLOW, lenient.evaluate(Submission.of("zorglub", Context.TEEN_ROOM)).action());

        ModerationEngine ruleOff = ModerationEngine.withModel(ModerationSettings.fromProperties(Map.of(
                ModerationSettings.PREFIX + "rules.disabled.teen-room", "model.")), MODEL);
        assertFalse(ruleOff.evaluate(Submission.of("zorglub", Context.TEEN_ROOM)).ruleIds().contains("model.abuse"));
    }

    @Test
    void namesAreJudgedByTheRulesOnly() {
        assertEquals(Action.ALLOW, cut.evaluate(Submission.of("Zorglub", Context.NICKNAME)).action());
    }
}
