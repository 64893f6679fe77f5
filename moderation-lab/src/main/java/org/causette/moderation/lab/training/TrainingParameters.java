package org.causette.moderation.lab.training;

/**
 * Hyperparameters of {@link SgdTrainer}: logistic loss, L2 penalty {@code l2}, learning rate
 * {@code learningRate / sqrt(1 + epoch)}, examples shuffled with {@code seed} before every epoch.
 */
public record TrainingParameters(int hashBits, int epochs, double learningRate, double l2, long seed) {

    public static TrainingParameters defaults() {
        return new TrainingParameters(18, 12, 0.5, 2e-5, 20261123L);
    }

    public String describe() {
        return "hash-bits=" + hashBits + ", epochs=" + epochs + ", learning-rate=" + learningRate + ", l2=" + l2 + ", seed=" + seed;
    }
}
