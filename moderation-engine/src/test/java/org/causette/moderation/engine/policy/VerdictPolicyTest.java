package org.causette.moderation.engine.policy;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Category;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationSettings;
import org.causette.moderation.engine.Verdict;
import org.causette.moderation.engine.model.ModelHit;
import org.causette.moderation.engine.risk.RiskAssessment;
import org.causette.moderation.engine.risk.RiskSignal;
import org.causette.moderation.engine.rules.Finding;
import org.causette.moderation.engine.rules.Rule;
import org.causette.moderation.engine.rules.RuleKind;
import org.causette.moderation.engine.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerdictPolicyTest {

    private static final String TEXT = "appelle le 06 12 34 56 78, espèce de nul";
    private static final Finding PHONE = finding("contact.phone", Category.PERSONAL_DATA, Severity.HIGH, 11, 25);
    private static final Finding INSULT = finding("harassment.insult", Category.HARASSMENT, Severity.MEDIUM, 27, 40);
    private static final Finding SWEARING = finding("harassment.swearing", Category.HARASSMENT, Severity.LOW, 27, 40);
    private static final Finding EXPLICIT = finding("sexual.explicit", Category.SEXUAL, Severity.HIGH, 27, 40);
    private static final Finding SOLICITATION = finding("sexual.solicitation.pictures", Category.SEXUAL, Severity.HIGH, 0, 7);

    private final VerdictPolicy cut = new VerdictPolicy(ModerationSettings.defaults());

    private static Finding finding(String id, Category category, Severity severity, int start, int end) {
        return new Finding(new Rule(id, RuleKind.CONTENT, category, severity, Set.of(), null), start, end);
    }

    private Verdict decide(Context context, List<Finding> findings, RiskAssessment risk, ModelHit hit) {
        return cut.decide(TEXT, context, findings, risk, hit);
    }

    @Test
    void theStrongestActionNamesTheVerdictAndMildFindingsTheContextAllowsDoNotCount() {
        Verdict v = decide(Context.ADULT_ROOM, List.of(SWEARING, PHONE, INSULT), RiskAssessment.NONE, null);
        assertEquals(Action.BLOCK, v.action());
        assertEquals(List.of("harassment", "personal-data"), v.categories());
        assertEquals(List.of("contact.phone", "harassment.insult"), v.ruleIds(), "by severity, the most severe first");
        assertEquals(0.8, v.score(), 1e-9, "the highest severity's score");
        assertEquals(Reasons.of(Action.BLOCK, Category.HARASSMENT), v.reason());
        assertEquals(TEXT, v.maskedText());
    }

    @Test
    void maskedFindingsAreHiddenInTheText() {
        Verdict v = decide(Context.ADULT_ROOM, List.of(PHONE), RiskAssessment.NONE, null);
        assertEquals(Action.MASK, v.action());
        assertEquals("appelle le " + VerdictDraft.MASK + ", espèce de nul", v.maskedText());
    }

    @Test
    void aFindingTheContextAllowsCountsForPartOfItsScore() {
        Verdict v = decide(Context.ADULT_DIRECT, List.of(EXPLICIT), RiskAssessment.NONE, null);
        assertEquals(Action.ALLOW, v.action());
        assertEquals(List.of("sexual.explicit"), v.ruleIds());
        assertEquals(0.8 * 0.5, v.score(), 1e-9);
    }

    @Test
    void solicitationWhereATeenIsPresentIsAlsoChildSafety() {
        assertEquals(List.of("sexual", "child-safety"), decide(Context.TEEN_DIRECT, List.of(SOLICITATION), RiskAssessment.NONE, null).categories());
        assertEquals(List.of("sexual"), decide(Context.ADULT_ROOM, List.of(SOLICITATION), RiskAssessment.NONE, null).categories());
    }

    @Test
    void theModelRaisesTheActionAndThenNamesTheVerdict() {
        Verdict v = decide(Context.TEEN_ROOM, List.of(), RiskAssessment.NONE, new ModelHit("model.hate", Category.HATE, 0.9, Action.HOLD));
        assertEquals(Action.HOLD, v.action());
        assertEquals(List.of("hate"), v.categories());
        assertEquals(0.9, v.score(), 1e-9);
        assertEquals(Reasons.ofModel(Action.HOLD, Category.HATE), v.reason());
    }

    @Test
    void theModelNeverLowersWhatTheRulesDecided() {
        Verdict v = decide(Context.TEEN_ROOM, List.of(INSULT), RiskAssessment.NONE, new ModelHit("model.hate", Category.HATE, 0.9, Action.HOLD));
        assertEquals(Action.BLOCK, v.action());
        assertEquals(List.of("harassment", "hate"), v.categories());
        assertEquals(List.of("harassment.insult", "model.hate"), v.ruleIds());
        assertEquals(Reasons.of(Action.BLOCK, Category.HARASSMENT), v.reason());
    }

    @Test
    void aRiskAtTheHoldThresholdHoldsAsGroomingOrAsAnAmbush() {
        RiskAssessment meeting = new RiskAssessment(1.5, Set.of(RiskSignal.MEETING, RiskSignal.COME_ALONE));
        Verdict teen = decide(Context.TEEN_DIRECT, List.of(), meeting, null);
        assertEquals(Action.HOLD, teen.action());
        assertEquals(List.of("risk.grooming"), teen.ruleIds());
        assertEquals(List.of("child-safety"), teen.categories());
        assertEquals(0.6 + 0.2 * 1.5, teen.score(), 1e-9);

        Verdict adult = decide(Context.ADULT_DIRECT, List.of(), meeting, null);
        assertEquals(List.of("risk.ambush"), adult.ruleIds());
        assertEquals(List.of("threat"), adult.categories());
    }

    @Test
    void aRiskBelowTheThresholdOnlyRaisesTheScore() {
        Verdict v = decide(Context.TEEN_DIRECT, List.of(), new RiskAssessment(0.4, Set.of(RiskSignal.AGE_QUESTION)), null);
        assertEquals(Action.ALLOW, v.action());
        assertEquals(List.of(), v.ruleIds());
        assertEquals(0.5 * 0.4, v.score(), 1e-9);
    }

    @Test
    void aRefusedNameHasItsOwnReason() {
        assertEquals("Ce pseudo n'est pas autorisé.", decide(Context.NICKNAME, List.of(SWEARING), RiskAssessment.NONE, null).reason());
        assertEquals("Ce nom de salon n'est pas autorisé.", decide(Context.ROOM_NAME, List.of(SWEARING), RiskAssessment.NONE, null).reason());
    }

    @Test
    void theWeightsComeFromTheSettingsAndChangeScoresNotActions() {
        VerdictPolicy tuned = new VerdictPolicy(ModerationSettings.fromProperties(Map.of(
                VerdictWeights.PREFIX + "severity.medium", "0.6", VerdictWeights.PREFIX + "risk.held-base", "0.7")));
        Verdict insult = tuned.decide(TEXT, Context.TEEN_ROOM, List.of(INSULT), RiskAssessment.NONE, null);
        assertEquals(Action.BLOCK, insult.action());
        assertEquals(0.6, insult.score(), 1e-9);
        Verdict held = tuned.decide(TEXT, Context.TEEN_DIRECT, List.of(), new RiskAssessment(1.0, Set.of(RiskSignal.MEETING)), null);
        assertEquals(0.9, held.score(), 1e-9);
    }

    @Test
    void theDefaultsAreThePropertiesResource() {
        assertEquals(new VerdictWeights(0.3, 0.55, 0.8, 0.95, 0.5, 0.6, 0.2, 0.5), VerdictWeights.defaults());
        assertEquals(0.55, VerdictWeights.defaults().score(Severity.MEDIUM));
    }
}
