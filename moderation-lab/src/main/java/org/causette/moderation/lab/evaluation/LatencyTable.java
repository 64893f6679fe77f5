package org.causette.moderation.lab.evaluation;

import java.util.Arrays;
import java.util.Locale;

/** Rows of a Markdown latency table from measured nanoseconds. */
final class LatencyTable {

    static final String HEADER = "| p50 | p95 | p99 | max |\n";

    private LatencyTable() {
    }

    /** sorts {@code nanos} in place */
    static String row(String name, long[] nanos) {
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "| %s | %.3f ms | %.3f ms | %.3f ms | %.3f ms |%n", name,
                percentile(nanos, 0.50), percentile(nanos, 0.95), percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    /** in milliseconds, of sorted nanoseconds */
    static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
