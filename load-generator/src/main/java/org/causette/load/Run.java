package org.causette.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counters of one run at one rate. */
final class Run {
    final Latencies latencies = new Latencies();
    final LongAdder sent = new LongAdder();
    final LongAdder acks = new LongAdder();
    final LongAdder deliveries = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    final AtomicLong maxMicros = new AtomicLong();

    void acked() {
        acks.increment();
    }

    void refused(String code) {
        refusals.computeIfAbsent(code, c -> new LongAdder()).increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void delivered(long micros) {
        deliveries.increment();
        latencies.add(micros);
        maxMicros.accumulateAndGet(micros, Math::max);
    }
}
