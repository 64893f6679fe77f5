package org.causette.moderation.engine.model;

import org.causette.moderation.engine.normalize.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model shipped in the jar, on sentences written for this test (none taken from a data set). */
class AbuseModelTest {

    private static final AbuseModel cut = AbuseModel.shipped();
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private static double abuse(String text) {
        assertNotNull(cut, "the model resource is missing from the classpath");
        return cut.score(NORMALIZER.normalize(text)).abuse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"t'es vraiment un gros con", "ferme ta gueule sale pute", "va te faire foutre connard",
            "t'es qu'une grosse merde", "espèce de débile mental", "shut up you stupid bitch", "fuck off you retard",
            "t es vraiment un gr0s c0n", "SHUT UP YOU STUPID B1TCH"})
    void scoresClearAbuseHigh(String text) {
        assertTrue(abuse(text) >= 0.85, text + " → " + abuse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"salut ça va", "je suis trop content pour toi", "c'est quoi ton jeu préféré ?",
            "j'ai raté mon bus ce matin", "je suis musulman et fier de l'être", "ma meilleure amie est lesbienne",
            "hello how are you doing today", "what time is the game tonight?", "I love my gay friends",
            "I'm so proud of my daughter", "t'as quel âge ?", "trans women are women", "les immigrés enrichissent notre pays",
            "les homosexuels ont les mêmes droits que tout le monde"})
    void scoresHarmlessAndIdentityPositiveTextBelowTheTeenHoldThreshold(String text) {
        assertTrue(abuse(text) < 0.85, text + " → " + abuse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"salut ça va", "je suis trop content pour toi", "hello how are you doing today",
            "I love my gay friends", "I'm so proud of my daughter", "ma meilleure amie est lesbienne"})
    void scoresPlainlyHarmlessTextLow(String text) {
        assertTrue(abuse(text) < 0.5, text + " → " + abuse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pour réussir une tarte aux pommes, commencez par préparer une pâte brisée avec de la farine et du beurre.",
            "Nous avons visité le beffroi et admiré la vue sur les toits rouges de la ville pendant tout l'après-midi.",
            "t'es qu'une grosse merde et tout le monde le sait, ferme ta gueule une bonne fois pour toutes"})
    void scoresATextRepeatedLikeTheTextOnce(String text) {
        // not exactly: the always-on feature and the word pairs across the joins are not repeated (without the
        // length weighting, four times the text doubled its margin: 0.72 became 0.87)
        String fourTimes = String.join(" ", text, text, text, text);
        assertEquals(abuse(text), abuse(fourTimes), 0.06, text);
    }

    @org.junit.jupiter.api.Test
    void weighsShortTextsFullyAndLongTextsByTheirAverage() {
        assertEquals(1.0, AbuseModel.lengthWeight(AbuseModel.FULL_WEIGHT_FEATURES));
        assertEquals(0.5, AbuseModel.lengthWeight(4 * AbuseModel.FULL_WEIGHT_FEATURES), 1e-9);
    }
}
