package org.causette.moderation.lab.training;

import org.causette.moderation.engine.model.AbuseModel;
import org.causette.moderation.engine.model.LinearModel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SgdTrainerTest {

    /** a small corpus written for this test: made-up insults so that nothing depends on a real lexicon */
    static List<TrainingExample> corpus() {
        String[] abusive = {"t'es qu'un zorglub", "sale zorglub", "ferme la zorglub", "you filthy blorp", "shut up blorp",
                "espèce de zorglub va", "what a blorp you are", "zorglub zorglub", "the blorp again", "gros zorglub"};
        String[] harmless = {"on se voit demain", "t'as fini tes devoirs", "bonne soirée à tous", "see you at the game",
                "thanks for the help", "j'adore ce film", "what time is it", "le bus est en retard", "happy birthday",
                "tu viens au foot"};
        List<TrainingExample> out = new ArrayList<>();
        for (int i = 0; i < abusive.length; i++) {
            out.add(new TrainingExample(abusive[i], "test", i % 2 == 0 ? "fr" : "en", true, i < 3));
            out.add(new TrainingExample(harmless[i], "test", i % 2 == 0 ? "fr" : "en", false, false));
        }
        return out;
    }

    static LinearModel trainSmall() {
        return new ModelTraining(new TrainingParameters(14, 30, 0.5, 1e-5, 7L)).train(corpus());
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        LinearModel first = trainSmall();
        LinearModel second = trainSmall();
        assertArrayEquals(first.head(AbuseModel.ABUSE).weights(), second.head(AbuseModel.ABUSE).weights());
        assertArrayEquals(bytes(first), bytes(second));
    }

    @Test
    void learnsTheCorpusAndGeneralisesToNewSpellings() {
        AbuseModel cut = new AbuseModel(trainSmall());
        org.causette.moderation.engine.normalize.TextNormalizer n = new org.causette.moderation.engine.normalize.TextNormalizer();
        assertTrue(cut.score(n.normalize("quel ZORGLUBBB celui-là")).abuse() > 0.7);
        assertTrue(cut.score(n.normalize("z0rglub")).abuse() > 0.6);
        assertTrue(cut.score(n.normalize("on se voit au foot demain")).abuse() < 0.3);
    }

    @Test
    void balancesEachLanguageAndLabel() {
        List<TrainingExample> examples = List.of(
                new TrainingExample("a", "t", "fr", true, false), new TrainingExample("b", "t", "fr", true, false),
                new TrainingExample("c", "t", "fr", true, false), new TrainingExample("d", "t", "fr", false, false));
        double[] w = SgdTrainer.balancedWeights(examples, new boolean[]{true, true, true, false});
        assertEquals(w[3], w[0] + w[1] + w[2], 1e-9);
    }

    @Test
    void storedWeightsComeBackWithinQuantisationError() throws IOException {
        LinearModel model = trainSmall();
        LinearModel back = LinearModel.read(new ByteArrayInputStream(bytes(model)));
        float[] w = model.head(AbuseModel.ABUSE).weights();
        float[] r = back.head(AbuseModel.ABUSE).weights();
        float max = 0;
        for (float x : w) {
            max = Math.max(max, Math.abs(x));
        }
        for (int i = 0; i < w.length; i++) {
            assertEquals(w[i], r[i], max / Short.MAX_VALUE);
        }
        assertThrows(IOException.class, () -> LinearModel.read(new ByteArrayInputStream(new byte[]{1, 2, 3})));
    }

    private static byte[] bytes(LinearModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
