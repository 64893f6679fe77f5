package org.causette.moderation.lab.training;

import org.causette.moderation.engine.model.AbuseModel;
import org.causette.moderation.engine.model.FeatureHasher;
import org.causette.moderation.engine.model.HashedFeatures;
import org.causette.moderation.engine.model.LinearHead;
import org.causette.moderation.engine.model.LinearModel;
import org.causette.moderation.engine.model.ModelScores;
import org.causette.moderation.engine.normalize.TextNormalizer;
import org.causette.moderation.lab.evaluation.BinaryScore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Trains the two heads on the training part of the corpus and measures them on the held-out part. Features are
 * computed by the engine's own normaliser, exactly as at verdict time.
 */
public final class ModelTraining {

    private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private final TrainingParameters parameters;
    private final TextNormalizer normalizer = new TextNormalizer();

    public ModelTraining(TrainingParameters parameters) {
        this.parameters = parameters;
    }

    public record Result(LinearModel model, int trainingExamples, int heldOutExamples, String heldOutReport) {
    }

    public Result run(List<TrainingExample> corpus) {
        List<TrainingExample> train = TrainingCorpus.trainingPart(corpus);
        List<TrainingExample> heldOut = TrainingCorpus.heldOutPart(corpus);
        LinearModel model = train(train).quantised();
        return new Result(model, train.size(), heldOut.size(), report(new AbuseModel(model), heldOut));
    }

    public LinearModel train(List<TrainingExample> examples) {
        FeatureHasher hasher = new FeatureHasher(parameters.hashBits());
        List<HashedFeatures> features = new ArrayList<>(examples.size());
        for (TrainingExample e : examples) {
            features.add(hasher.features(normalizer.normalize(e.text())));
        }
        SgdTrainer trainer = new SgdTrainer(parameters);
        List<LinearHead> heads = new ArrayList<>();
        for (String head : List.of(AbuseModel.ABUSE, AbuseModel.HATE)) {
            boolean[] labels = new boolean[examples.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = head.equals(AbuseModel.ABUSE) ? examples.get(i).abusive() : examples.get(i).hateful();
            }
            heads.add(trainer.train(head, features, labels, SgdTrainer.balancedWeights(examples, labels)));
        }
        return new LinearModel(parameters.hashBits(), heads);
    }

    /** Precision / recall / macro-F1 per head, source and threshold on the held-out texts (Markdown). */
    private String report(AbuseModel model, List<TrainingExample> heldOut) {
        List<ModelScores> scores = new ArrayList<>(heldOut.size());
        for (TrainingExample e : heldOut) {
            scores.add(model.score(normalizer.normalize(e.text())));
        }
        Map<String, Predicate<TrainingExample>> groups = new LinkedHashMap<>();
        groups.put("fr (mlma-fr)", e -> e.language().equals("fr"));
        groups.put("en (mlma-en, davidson, sms-spam)", e -> e.language().equals("en"));
        groups.put("mlma-en", e -> e.source().equals("mlma-en"));
        groups.put("davidson", e -> e.source().equals("davidson"));
        StringBuilder out = new StringBuilder();
        for (String head : List.of(AbuseModel.ABUSE, AbuseModel.HATE)) {
            out.append("\nHead `").append(head).append("` on the held-out part:\n\n")
                    .append("| texts | threshold | precision | recall | macro-F1 | false-positive rate |\n|---|---|---|---|---|---|\n");
            groups.forEach((name, member) -> {
                for (double t : THRESHOLDS) {
                    BinaryScore s = new BinaryScore();
                    for (int i = 0; i < heldOut.size(); i++) {
                        TrainingExample e = heldOut.get(i);
                        if (member.test(e)) {
                            boolean label = head.equals(AbuseModel.ABUSE) ? e.abusive() : e.hateful();
                            double p = head.equals(AbuseModel.ABUSE) ? scores.get(i).abuse() : scores.get(i).hate();
                            s.add(label, p >= t);
                        }
                    }
                    out.append(String.format(Locale.ROOT, "| %s (%d) | %.1f | %.3f | %.3f | %.3f | %.3f |%n",
                            name, s.total(), t, s.precision(), s.recall(), s.macroF1(), s.falsePositiveRate()));
                }
            });
        }
        return out.toString();
    }
}
