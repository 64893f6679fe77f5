package org.causette.moderation.engine.policy;

import org.causette.moderation.engine.rules.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The numbers a verdict's score is made of, keys {@code causette.moderation.engine.verdict.*}; defaults and their
 * meaning in {@code verdict-weights.properties} beside this class. They weigh the score only, never the action.
 */
public record VerdictWeights(double low, double medium, double high, double severe,
                             double allowedShare, double heldRiskBase, double heldRiskSlope, double pendingRiskShare) {

    public static final String PREFIX = "causette.moderation.engine.verdict.";
    private static final String DEFAULTS = "verdict-weights.properties";

    public static VerdictWeights defaults() {
        return fromProperties(Map.of());
    }

    /** {@code properties} over the defaults: keys that are absent keep their default. */
    public static VerdictWeights fromProperties(Map<String, String> properties) {
        Map<String, String> p = new HashMap<>(defaultProperties());
        p.putAll(properties);
        return new VerdictWeights(value(p, "severity.low"), value(p, "severity.medium"), value(p, "severity.high"),
                value(p, "severity.severe"), value(p, "allowed-share"), value(p, "risk.held-base"),
                value(p, "risk.held-slope"), value(p, "risk.pending-share"));
    }

    public static Map<String, String> defaultProperties() {
        Properties defaults = new Properties();
        try (InputStream in = VerdictWeights.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " missing from the classpath");
            }
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new HashMap<>();
        defaults.stringPropertyNames().forEach(k -> out.put(k, defaults.getProperty(k)));
        return out;
    }

    public double score(Severity severity) {
        return switch (severity) {
            case LOW -> low;
            case MEDIUM -> medium;
            case HIGH -> high;
            case SEVERE -> severe;
        };
    }

    private static double value(Map<String, String> p, String key) {
        String value = p.get(PREFIX + key);
        if (value == null) {
            throw new IllegalStateException("no default for " + PREFIX + key);
        }
        return Double.parseDouble(value.trim());
    }
}
