package org.causette.load;

import java.util.Arrays;

/** Delivery latencies in microseconds; percentiles by sorting (runs are short). */
final class Latencies {
    private long[] values = new long[1 << 16];
    private int size;

    synchronized void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    synchronized long percentile(double p) {
        if (size == 0) {
            return 0;
        }
        var sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return sorted[Math.min(size - 1, (int) Math.ceil(p / 100 * size) - 1)];
    }

    synchronized int count() {
        return size;
    }
}
