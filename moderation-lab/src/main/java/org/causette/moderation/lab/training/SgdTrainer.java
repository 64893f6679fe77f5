package org.causette.moderation.lab.training;

import org.causette.moderation.engine.model.HashedFeatures;
import org.causette.moderation.engine.model.LinearHead;

import java.util.List;
import java.util.Random;

/**
 * Logistic regression by plain stochastic gradient descent, single-threaded and seeded: the same examples and
 * parameters give the same weights bit for bit. The L2 penalty is applied through a global scale factor so
 * each step only touches the example's own features.
 */
public final class SgdTrainer {

    private final TrainingParameters parameters;

    public SgdTrainer(TrainingParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * @param weights per-example weight (class balance), same length as {@code features}
     */
    public LinearHead train(String name, List<HashedFeatures> features, boolean[] labels, double[] weights) {
        int n = features.size();
        int dimension = 1 << parameters.hashBits();
        double[] v = new double[dimension];
        double scale = 1;
        double bias = 0;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(parameters.seed());
        for (int epoch = 0; epoch < parameters.epochs(); epoch++) {
            shuffle(order, random);
            double eta = parameters.learningRate() / Math.sqrt(1 + epoch);
            for (int k = 0; k < n; k++) {
                int i = order[k];
                HashedFeatures x = features.get(i);
                int[] idx = x.indices();
                float[] val = x.values();
                double dot = 0;
                for (int j = 0; j < x.size(); j++) {
                    dot += v[idx[j]] * val[j];
                }
                double p = LinearHead.sigmoid(scale * dot + bias);
                double g = (p - (labels[i] ? 1 : 0)) * weights[i];
                scale *= 1 - eta * parameters.l2();
                double step = eta * g / scale;
                for (int j = 0; j < x.size(); j++) {
                    v[idx[j]] -= step * val[j];
                }
                // the bias sees every example: a tenth of the rate keeps it from swinging with each shuffle
                bias -= eta * g * 0.1;
                if (scale < 1e-6) {
                    for (int j = 0; j < dimension; j++) {
                        v[j] *= scale;
                    }
                    scale = 1;
                }
            }
        }
        float[] w = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            w[j] = (float) (v[j] * scale);
        }
        return new LinearHead(name, (float) bias, w);
    }

    /** Weights that give each (language, label) group the same total weight: no language or class dominates. */
    public static double[] balancedWeights(List<TrainingExample> examples, boolean[] labels) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            counts.merge(examples.get(i).language() + labels[i], 1, Integer::sum);
        }
        double perGroup = (double) examples.size() / counts.size();
        double[] w = new double[examples.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = perGroup / counts.get(examples.get(i).language() + labels[i]);
        }
        return w;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
