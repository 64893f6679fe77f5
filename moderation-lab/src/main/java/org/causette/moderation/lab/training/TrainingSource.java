package org.causette.moderation.lab.training;

/** A data set the model may learn from: its file under the data-set folder and its licence. */
public record TrainingSource(String id, String file, String licence) {
}
