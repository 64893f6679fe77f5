package org.causette.moderation.lab.cli;

import org.causette.moderation.engine.model.AbuseModel;
import org.causette.moderation.engine.model.LinearModel;
import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.normalize.TextNormalizer;
import org.causette.moderation.lab.evaluation.Datasets;
import org.causette.moderation.lab.training.TrainingCorpus;
import org.causette.moderation.lab.training.TrainingExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TrainCommandTest {

    private final TrainCommand cut = new TrainCommand();

    /** Data sets in the shared folder's formats, with texts made up for the test. */
    private static Path tinyDatasets(Path root) throws Exception {
        StringBuilder fr = new StringBuilder("HITId,tweet,sentiment,directness,annotator_sentiment,target,group\n");
        StringBuilder en = new StringBuilder(fr);
        StringBuilder davidson = new StringBuilder(",count,hate_speech,offensive_language,neither,class,tweet\n");
        StringBuilder sms = new StringBuilder("Label\tSMS\n");
        for (int i = 0; i < 30; i++) {
            fr.append(i).append(",t'es qu'un zorglub numéro ").append(i).append(",offensive,direct,anger,other,individual\n");
            fr.append(100 + i).append(",la réunion numéro ").append(i).append(" est demain,normal,indirect,neutral,other,other\n");
            en.append(i).append(",you blorp number ").append(i).append(",hateful,direct,anger,origin,other\n");
            en.append(100 + i).append(",meeting number ").append(i).append(" is tomorrow,normal,indirect,neutral,other,other\n");
            davidson.append(i).append(",3,0,3,0,1,shut up blorp ").append(i).append('\n');
            davidson.append(100 + i).append(",3,0,0,3,2,nice weather today ").append(i).append('\n');
            sms.append("ham\tsee you at ").append(i).append(" pm\n");
        }
        write(root.resolve("mlma_hate_speech/fr_dataset.csv"), fr);
        write(root.resolve("mlma_hate_speech/en_dataset.csv"), en);
        write(root.resolve("davidson_hsol_en/labeled_data.csv"), davidson);
        write(root.resolve("sms_spam_uci/SMSSpamCollection_with_header.tsv"), sms);
        return root;
    }

    private static void write(Path file, CharSequence content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private String train(Path datasets, Path out) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, cut.run(datasets, out, "train --datasets x --out y", new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheSameWeightsTwiceAndTheirProvenance(@TempDir Path dir) throws Exception {
        Path datasets = tinyDatasets(dir.resolve("datasets"));
        String output = train(datasets, dir.resolve("a/abuse-model.bin"));
        train(datasets, dir.resolve("b/abuse-model.bin"));
        assertTrue(output.contains("model written to"), output);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/abuse-model.bin")), Files.readAllBytes(dir.resolve("b/abuse-model.bin")));

        String provenance = Files.readString(dir.resolve("a/abuse-model.provenance.md"));
        assertTrue(provenance.contains("| mlma-fr | `mlma_hate_speech/fr_dataset.csv` | MIT | `"
                + TrainCommand.sha256(Files.readAllBytes(datasets.resolve("mlma_hate_speech/fr_dataset.csv"))) + "` |"), provenance);
        assertTrue(provenance.contains("CC BY 4.0"), provenance);
        assertTrue(provenance.contains("seed="), provenance);
        assertTrue(provenance.contains("Model SHA-256: `" + TrainCommand.sha256(Files.readAllBytes(dir.resolve("a/abuse-model.bin")))), provenance);
    }

    @Test
    void neverReadsANonCommercialDataSet() {
        assertTrue(TrainingCorpus.SOURCES.stream().allMatch(s -> s.licence().equals("MIT") || s.licence().startsWith("CC BY ")));
        assertTrue(TrainingCorpus.SOURCES.stream().noneMatch(s -> s.file().contains("cyberagression") || s.file().contains("hatecheck")));
    }

    /**
     * Retraining from the shared data gives the committed weights. A small change of the normaliser (on another
     * branch) shifts a few features without making the model stale, so a small average move of the scores
     * passes; a real drift (another seed alone moves them by 0.026 on average) asks for a retraining.
     */
    @Test
    void theCommittedModelIsWhatTheCommandProduces(@TempDir Path dir) throws Exception {
        String configured = System.getProperty("causette.datasets");
        Path shared = configured != null ? Path.of(configured) : Path.of("../../shared/datasets");
        Datasets datasets = new Datasets(shared);
        assumeTrue(TrainingCorpus.SOURCES.stream().allMatch(s -> datasets.has(s.file())), "shared data sets not available");
        train(shared, dir.resolve("abuse-model.bin"));
        byte[] retrained = Files.readAllBytes(dir.resolve("abuse-model.bin"));
        byte[] committed;
        try (InputStream shipped = AbuseModel.class.getResourceAsStream(AbuseModel.RESOURCE)) {
            assertNotNull(shipped);
            committed = shipped.readAllBytes();
        }
        if (java.util.Arrays.equals(committed, retrained)) {
            return;
        }
        AbuseModel before = new AbuseModel(LinearModel.read(new ByteArrayInputStream(committed)));
        AbuseModel after = new AbuseModel(LinearModel.read(new ByteArrayInputStream(retrained)));
        TextNormalizer normalizer = new TextNormalizer();
        List<TrainingExample> heldOut = TrainingCorpus.heldOutPart(TrainingCorpus.load(datasets));
        double moved = 0;
        for (TrainingExample e : heldOut) {
            NormalizedText text = normalizer.normalize(e.text());
            moved += Math.abs(before.score(text).abuse() - after.score(text).abuse());
        }
        double mean = moved / heldOut.size();
        assertTrue(mean < 0.01, "the committed model is stale (held-out scores moved by " + mean + " on average): retrain with "
                + "./causette train-model and commit abuse-model.bin with its provenance");
    }
}
