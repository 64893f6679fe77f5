package org.causette.moderation.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Misspelt and glued abuse is read as what it hides; real words one letter away stay themselves. */
class ObfuscationTest {

    private final ModerationEngine cut = SharedEngine.ENGINE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "so much hatrd for those muslms | hate",
            "I haet all immigrnts | hate",
            "gays are a cancr on society | hate",
            "Deathto all the trannies | hate",
            "what a fagot you are | hate",
            "you filthy whroe | harassment",
            "you are a stupdi bitch | harassment",
            "go hangyourself loser | harassment",
            "tu es un conad | harassment",
            "t'es une salpoe | harassment",
            "ferme ta gueule sale batrad | harassment",
            "espèce de ptasse | harassment",
            "les arabes sont tous des volleurs | hate",
            "sale encuIé | harassment",
            "t'es une encuIée | harassment",
            "je vias te tuer | threat"})
    void blocksObfuscatedAbuse(String text, String category) {
        Verdict v = cut.evaluate(Submission.of(text, Context.TEEN_ROOM));
        assertEquals(Action.BLOCK, v.action(), text);
        assertTrue(v.categories().contains(category), text + " " + v.categories());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "envoie moi des nudse stp | envoie moi des nudes stp",
            "watch some free prono tonight | watch some free porn tonight"})
    void masksAMisspeltWordLikeTheWordItself(String misspelt, String plain) {
        Verdict obfuscated = cut.evaluate(Submission.of(misspelt, Context.ADULT_ROOM));
        Verdict written = cut.evaluate(Submission.of(plain, Context.ADULT_ROOM));
        assertEquals(Action.MASK, written.action(), plain);
        assertEquals(Action.MASK, obfuscated.action(), misspelt);
        assertEquals(written.maskedText(), obfuscated.maskedText());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the omen came back after the tans",
            "the slope behind the cocktail bar",
            "my therapist was in Scunthorpe",
            "the women went back to the black cab",
            "I need a heat wave",
            "le canard nage sur la mare",
            "il a pris un rateau devant la pelle",
            "un pédalo sur le lac",
            "le dessert était délicieux",
            "la cantine ferme à midi",
            "#FoodPorn ce soir",
            "@pete tu viens ?"})
    void allowsRealWordsNearRuleWords(String text) {
        Verdict v = cut.evaluate(Submission.of(text, Context.TEEN_ROOM));
        assertEquals(Action.ALLOW, v.action(), text + " " + v.ruleIds());
    }
}
