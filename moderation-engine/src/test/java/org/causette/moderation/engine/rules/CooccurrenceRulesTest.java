package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The co-occurrence lines of the rule language: {@code A & B}, {@code A &> B}, {@code %within}, {@code %unless}, {@code %refer}. */
class CooccurrenceRulesTest {

    private static final String CLASSES = """
            @group = goblins | trolls | les gobelins
            @bad = smelly | stupid | puants
            @guard = racist | c est faux
            """;
    private static final String RULES = """
            $group = (@group) | (the|all) (orc) (folk|people)
            [hate.either]
            %category hate
            %severity high
            %within 3
            %unless (@guard)
            %unless as a (goblin|troll)
            %refer (they|them|ils)
            $group & (@bad)
            [hate.ordered]
            %category hate
            %severity high
            %within 2
            $group &> (do not belong|don t belong)
            """;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final ContentScanner cut = new ContentScanner(RuleBook.parse(normalizer, CLASSES, List.of(RULES)));

    private List<String> ruleIds(String text) {
        return cut.scan(normalizer.normalize(text), false).stream().map(f -> f.rule().id()).distinct().toList();
    }

    @Test
    void findsBothPartsInOneClauseInEitherOrderWithinTheGap() {
        assertEquals(List.of("hate.either"), ruleIds("goblins are so very smelly"));
        assertEquals(List.of("hate.either"), ruleIds("stupid, stupid trolls"));
        assertEquals(List.of("hate.either"), ruleIds("all orc people are stupid"));
        assertEquals(List.of(), ruleIds("goblins live far away in the hills where it is smelly"));
        assertEquals(List.of(), ruleIds("I met goblins, smelly ones"));
    }

    @Test
    void keepsTheOrderOfOrderedLines() {
        assertEquals(List.of("hate.ordered"), ruleIds("trolls don't belong here"));
        assertEquals(List.of(), ruleIds("we don't belong with trolls"));
    }

    @Test
    void dropsNegationsButNotNegationsInsideACue() {
        assertEquals(List.of(), ruleIds("goblins are not smelly"));
        assertEquals(List.of(), ruleIds("I don't think trolls are stupid"));
        assertEquals(List.of(), ruleIds("les gobelins ne sont pas puants"));
        assertEquals(List.of("hate.either"), ruleIds("les gobelins ne sont que puants"));
        assertEquals(List.of("hate.ordered"), ruleIds("goblins do not belong"));
    }

    @Test
    void dropsSentencesHoldingAGuard() {
        assertEquals(List.of(), ruleIds("calling goblins smelly is racist"));
        assertEquals(List.of(), ruleIds("as a goblin, I find trolls smelly"));
        assertEquals(List.of("hate.either"), ruleIds("that is racist. Goblins are smelly"));
    }

    @Test
    void letsAPronounStandForAGroupNamedInANeighbouringSentence() {
        assertEquals(List.of("hate.either"), ruleIds("I saw goblins today. They are smelly."));
        assertEquals(List.of(), ruleIds("I saw my cousins today. They are smelly."));
        assertEquals(List.of(), ruleIds("I saw goblins today. They are not smelly."));
    }

    @Test
    void refusesUnknownParts() {
        assertThrows(IllegalArgumentException.class,
                () -> RuleBook.parse(normalizer, CLASSES, List.of("[x]\n%category hate\n$nothing & (@bad)\n")));
    }
}
