package org.causette.moderation.engine.model;

import org.causette.moderation.engine.normalize.NormalizedText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The trained abuse classifier as the engine runs it: hashed features of the normalised text, two
 * logistic-regression heads ({@value #ABUSE}, {@value #HATE}). Thread-safe (read-only weights).
 */
public final class AbuseModel {

    public static final String ABUSE = "abuse";
    public static final String HATE = "hate";
    /** classpath resource written by {@code causette-moderation.jar train} */
    public static final String RESOURCE = "/org/causette/moderation/engine/model/abuse-model.bin";

    private static final System.Logger LOG = System.getLogger(AbuseModel.class.getName());

    private final FeatureHasher hasher;
    private final LinearHead abuse;
    private final LinearHead hate;

    public AbuseModel(LinearModel model) {
        this.hasher = new FeatureHasher(model.hashBits());
        this.abuse = model.head(ABUSE);
        this.hate = model.head(HATE);
    }

    /** The model shipped in the jar, read once per class loader; null when absent. */
    public static AbuseModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final AbuseModel MODEL = fromClasspath();
    }

    /** The model shipped in the jar, or null (with a warning) when the resource is absent. */
    public static AbuseModel fromClasspath() {
        try (InputStream in = AbuseModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.log(System.Logger.Level.WARNING, "no model resource {0}: the engine runs on rules only", RESOURCE);
                return null;
            }
            return new AbuseModel(LinearModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public ModelScores score(NormalizedText text) {
        if (text.words().isEmpty()) {
            return ModelScores.NONE;
        }
        HashedFeatures x = hasher.features(text);
        double weight = lengthWeight(x.size());
        return new ModelScores(abuse.probability(x, weight), hate.probability(x, weight));
    }

    /**
     * How much of its features' sum a text of {@code features} features gets. Features have unit length, so the
     * sum grows as the square root of the count times the average weight, and the average weight of ordinary
     * French words is positive in this model (its French data are keyword-sampled tweets, mostly abusive):
     * harmless prose scored 0.9 at 600 characters. Up to {@value #FULL_WEIGHT_FEATURES} features (a message of
     * about 70 characters) nothing changes; beyond, the sum is scaled as if the text had that many, so a long text
     * scores its average feature weight, not its length.
     */
    static double lengthWeight(int features) {
        return features <= FULL_WEIGHT_FEATURES ? 1 : Math.sqrt((double) FULL_WEIGHT_FEATURES / features);
    }

    static final int FULL_WEIGHT_FEATURES = 150;
}
