package org.causette.moderation.lab.training;

import org.causette.moderation.lab.evaluation.Datasets;
import org.causette.moderation.lab.evaluation.LabeledText;

import java.util.ArrayList;
import java.util.List;

/**
 * The training texts, from data sets under MIT or CC BY licences only. CyberAgressionAdo (CC BY-NC) is never read
 * here; HateCheck (CC BY) is left out on purpose so that it stays a held-out test of counter-speech and identity
 * mentions.
 */
public final class TrainingCorpus {

    public static final List<TrainingSource> SOURCES = List.of(
            new TrainingSource("mlma-fr", "mlma_hate_speech/fr_dataset.csv", "MIT"),
            new TrainingSource("mlma-en", "mlma_hate_speech/en_dataset.csv", "MIT"),
            new TrainingSource("davidson", "davidson_hsol_en/labeled_data.csv", "MIT"),
            new TrainingSource("sms-spam", "sms_spam_uci/SMSSpamCollection_with_header.tsv", "CC BY 4.0"));

    private TrainingCorpus() {
    }

    /** Every example of every source present under {@code datasets}, held-out ones included. */
    public static List<TrainingExample> load(Datasets datasets) {
        List<TrainingExample> out = new ArrayList<>();
        for (TrainingSource source : SOURCES) {
            if (!datasets.has(source.file())) {
                throw new IllegalArgumentException("training data set missing: " + source.file());
            }
        }
        for (String language : List.of("fr", "en")) {
            for (LabeledText t : datasets.mlma(language)) {
                out.add(new TrainingExample(t.text(), "mlma-" + language, language, t.positive(), t.label().contains("hateful")));
            }
        }
        for (LabeledText t : datasets.davidson()) {
            out.add(new TrainingExample(t.text(), "davidson", "en", t.positive(), t.label().equals("0")));
        }
        // ordinary text messages (ham) and spam: neither is abuse, both show what harmless chat looks like
        for (LabeledText t : datasets.smsSpam()) {
            out.add(new TrainingExample(t.text(), "sms-spam", "en", false, false));
        }
        return out;
    }

    public static List<TrainingExample> trainingPart(List<TrainingExample> all) {
        return all.stream().filter(e -> !HeldOutSplit.isHeldOut(e.text())).toList();
    }

    public static List<TrainingExample> heldOutPart(List<TrainingExample> all) {
        return all.stream().filter(e -> HeldOutSplit.isHeldOut(e.text())).toList();
    }
}
