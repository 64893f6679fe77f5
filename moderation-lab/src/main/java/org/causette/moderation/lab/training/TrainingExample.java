package org.causette.moderation.lab.training;

/**
 * One labelled text for training: {@code abusive} = insulting, offensive or hateful; {@code hateful} = aimed at a
 * protected group. {@code source} names the data set, {@code language} is "fr" or "en".
 */
public record TrainingExample(String text, String source, String language, boolean abusive, boolean hateful) {
}
