package org.causette.moderation.engine.model;

/** One logistic-regression output over hashed features: P(label) = sigmoid(bias + w · x). */
public record LinearHead(String name, float bias, float[] weights) {

    public double probability(HashedFeatures x) {
        return sigmoid(margin(x));
    }

    /** P(label) with the features' sum scaled by {@code weight} (the bias is not scaled). */
    public double probability(HashedFeatures x, double weight) {
        return sigmoid(bias + weight * (margin(x) - bias));
    }

    public double margin(HashedFeatures x) {
        double sum = bias;
        int[] idx = x.indices();
        float[] val = x.values();
        for (int i = 0; i < x.size(); i++) {
            sum += weights[idx[i]] * val[i];
        }
        return sum;
    }

    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}
