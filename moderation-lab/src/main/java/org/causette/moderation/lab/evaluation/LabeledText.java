package org.causette.moderation.lab.evaluation;

/** One evaluation example: its text, whether it should be flagged, and its label detail (functionality, class). */
public record LabeledText(String text, boolean positive, String label) {
}
