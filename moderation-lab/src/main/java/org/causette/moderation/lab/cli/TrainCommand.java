package org.causette.moderation.lab.cli;

import org.causette.moderation.lab.evaluation.Datasets;
import org.causette.moderation.lab.training.HeldOutSplit;
import org.causette.moderation.lab.training.ModelTraining;
import org.causette.moderation.lab.training.TrainingCorpus;
import org.causette.moderation.lab.training.TrainingExample;
import org.causette.moderation.lab.training.TrainingParameters;
import org.causette.moderation.lab.training.TrainingSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code train --datasets DIR --out FILE}: trains the abuse model from the MIT / CC BY data sets and writes the
 * weights to FILE and their provenance (inputs with SHA-256, licences, hyperparameters, held-out measures, date,
 * command) to FILE with {@code .provenance.md} in place of {@code .bin}. Deterministic: same inputs, same weights.
 */
final class TrainCommand {

    int run(Path datasetsDir, Path modelFile, String arguments, PrintStream out) throws IOException {
        TrainingParameters parameters = TrainingParameters.defaults();
        List<TrainingExample> corpus = TrainingCorpus.load(new Datasets(datasetsDir));
        out.println("training on " + corpus.size() + " texts (" + parameters.describe() + ")");
        out.flush();
        ModelTraining.Result result = new ModelTraining(parameters).run(corpus);
        Path parent = modelFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (OutputStream o = Files.newOutputStream(modelFile)) {
            result.model().write(o);
        }
        Path provenance = parent.resolve(modelFile.getFileName().toString().replaceFirst("\\.bin$", "") + ".provenance.md");
        Files.writeString(provenance, provenance(datasetsDir, modelFile, parameters, result, arguments), StandardCharsets.UTF_8);
        out.println("model written to " + modelFile + " (" + Files.size(modelFile) + " bytes), provenance to " + provenance);
        out.print(result.heldOutReport());
        out.flush();
        return 0;
    }

    private static String provenance(Path datasets, Path modelFile, TrainingParameters parameters,
                                     ModelTraining.Result result, String arguments) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("# Provenance of ").append(modelFile.getFileName()).append("\n\n")
                .append("Trained ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" by\n\n```\n")
                .append("java -jar moderation-lab/target/causette-moderation.jar ").append(arguments).append("\n```\n\n")
                .append("Model SHA-256: `").append(sha256(Files.readAllBytes(modelFile))).append("`\n\n")
                .append("## Training data (MIT or CC BY only)\n\n| data set | file | licence | SHA-256 |\n|---|---|---|---|\n");
        for (TrainingSource source : TrainingCorpus.SOURCES) {
            s.append("| ").append(source.id()).append(" | `").append(source.file()).append("` | ").append(source.licence())
                    .append(" | `").append(sha256(Files.readAllBytes(datasets.resolve(source.file())))).append("` |\n");
        }
        s.append("\nNot used: CyberAgressionAdo (CC BY-NC 4.0: evaluation only), HateCheck (CC BY 4.0, kept whole as a held-out ")
                .append("test of identity mentions and counter-speech).\n\n")
                .append("Labels: `abuse` = MLMA any hostility other than a single `normal`, Davidson hate or offensive (classes 0, 1); ")
                .append("`hate` = MLMA sentiment containing `hateful`, Davidson class 0. Every SMS (ham and spam) is a negative of both heads.\n\n")
                .append("## Method\n\n")
                .append("Logistic regression per head, hand-written SGD (`SgdTrainer`), ").append(parameters.describe()).append(". ")
                .append("Features (`FeatureHasher`, 2^").append(parameters.hashBits()).append(" buckets): the engine's normalised words ")
                .append("(Unicode folding, confusables, leetspeak, doubled letters squeezed), word unigrams and bigrams, words glued from ")
                .append("separated letters, character 3-5-grams of each padded word; binary, scaled to unit length. ")
                .append("Each (language, label) group gets the same total weight. Weights stored as 16-bit integers per head.\n\n")
                .append("## Split\n\n")
                .append(String.format("%d training texts, %d held out (one in %d by a hash of the text, `HeldOutSplit`: ",
                        result.trainingExamples(), result.heldOutExamples(), HeldOutSplit.ONE_IN))
                .append("the evaluation reports MLMA and Davidson on the held-out part only).\n")
                .append(result.heldOutReport());
        return s.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
