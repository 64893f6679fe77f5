package org.causette.moderation.lab.training;

import java.util.Locale;

/**
 * Which texts of a training data set are kept out of training, for measuring the model: one in five, chosen by a
 * hash of the lower-cased, stripped text, so retweets and duplicates fall on the same side as their original.
 */
public final class HeldOutSplit {

    public static final int ONE_IN = 5;

    private HeldOutSplit() {
    }

    public static boolean isHeldOut(String text) {
        int h = text.strip().toLowerCase(Locale.ROOT).hashCode() * 0x9E3779B1;
        return Math.floorMod(h ^ (h >>> 15), ONE_IN) == 0;
    }
}
