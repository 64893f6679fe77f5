package org.causette.moderation.lab.evaluation;

/** Counts of a binary decision and the usual measures. */
public final class BinaryScore {

    private long tp;
    private long fp;
    private long fn;
    private long tn;

    public void add(boolean expected, boolean predicted) {
        if (expected && predicted) {
            tp++;
        } else if (expected) {
            fn++;
        } else if (predicted) {
            fp++;
        } else {
            tn++;
        }
    }

    public long total() {
        return tp + fp + fn + tn;
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** F1 of the negative class (for macro-F1). */
    public double negativeF1() {
        double p = ratio(tn, tn + fn);
        double r = ratio(tn, tn + fp);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        return (f1() + negativeF1()) / 2;
    }

    public double falsePositiveRate() {
        return ratio(fp, fp + tn);
    }

    public double flaggedRate() {
        return ratio(tp + fp, total());
    }

    public long falsePositives() {
        return fp;
    }

    public long negatives() {
        return fp + tn;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
