package org.causette.moderation.engine.risk;

import org.causette.moderation.engine.Context;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Scores risk signals over a conversation, keyed by sender and channel. Each signal's level decays exponentially
 * (half-life configurable), repeats add up to a cap, and the score is the weighted sum. Signals count more when a
 * teen is present, less in a public adult room. Memory is bounded by an LRU of conversations.
 */
public final class ConversationRiskTracker {

    private static final double MAX_LEVEL = 2.0;
    private static final double MIN_LEVEL = 0.05;

    private final BoundedLruMap<String, double[]> conversations;
    private final double halfLifeMillis;

    public ConversationRiskTracker(int capacity, Duration halfLife) {
        this.conversations = new BoundedLruMap<>(capacity);
        this.halfLifeMillis = halfLife.toMillis();
    }

    /** Scores one message on its own, with no conversation memory. */
    public RiskAssessment assess(Set<RiskSignal> signals, Context context) {
        double[] levels = new double[RiskSignal.values().length + 1];
        add(levels, signals, context);
        return assessment(levels);
    }

    public RiskAssessment update(String conversationKey, Set<RiskSignal> signals, Context context, Instant at) {
        long now = at.toEpochMilli();
        return conversations.compute(conversationKey, k -> new double[RiskSignal.values().length + 1], levels -> {
            int last = levels.length - 1;
            double elapsed = Math.max(0, now - levels[last]);
            if (levels[last] > 0 && elapsed > 0) {
                double factor = Math.pow(0.5, elapsed / halfLifeMillis);
                for (int i = 0; i < last; i++) {
                    levels[i] *= factor;
                }
            }
            levels[last] = Math.max(levels[last], now);
            add(levels, signals, context);
            return assessment(levels);
        });
    }

    private static void add(double[] levels, Set<RiskSignal> signals, Context context) {
        double factor = context.teenPresent() ? 1.5 : context == Context.ADULT_ROOM ? 0.6 : 1.0;
        for (RiskSignal signal : signals) {
            int i = signal.ordinal();
            levels[i] = Math.min(MAX_LEVEL, levels[i] + factor);
        }
    }

    private static RiskAssessment assessment(double[] levels) {
        double score = 0;
        Set<RiskSignal> present = EnumSet.noneOf(RiskSignal.class);
        for (RiskSignal signal : RiskSignal.values()) {
            double level = levels[signal.ordinal()];
            if (level > MIN_LEVEL) {
                present.add(signal);
                score += signal.weight() * level;
            }
        }
        return new RiskAssessment(score, present);
    }
}
