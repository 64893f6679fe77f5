package org.causette.gateway.ratelimit.control;

import org.causette.kit.problems.ProblemException;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One limit counted across every gateway, in fixed windows of wall-clock time. Each gateway counts its own use per
 * key; a key that used a share of the budget here ({@code capacity / gateways}) is reported to the shared store at the
 * next sync and checked against what the other gateways reported. Ordinary use never reaches the store; a client
 * spreading requests over any number of gateways gets the budget once, give or take one sync interval.
 */
public class SharedLimit {
    static final int MAX_KEYS_PER_WINDOW = 100_000;

    private final String name;
    private final long capacity;
    private final long windowMillis;
    private final long threshold;
    private final LongSupplier clock;
    private volatile Window current;

    public SharedLimit(String name, long capacity, Duration window, int gateways, LongSupplier clock) {
        this.name = name;
        this.capacity = capacity;
        this.windowMillis = window.toMillis();
        this.threshold = Math.max(1, capacity / Math.max(1, gateways));
        this.clock = clock;
        this.current = new Window(clock.getAsLong() / windowMillis);
    }

    public String name() {
        return name;
    }

    /** Counts one use of {@code key}; @throws ProblemException 429 once all gateways together used the budget */
    public void acquire(String key) {
        long now = clock.getAsLong();
        var window = window(now);
        var used = window.local.get(key);
        if (used == null) {
            if (window.local.size() >= MAX_KEYS_PER_WINDOW) {
                return; // a flood of invented keys: each still has its gateway's token bucket
            }
            used = window.local.computeIfAbsent(key, k -> new AtomicLong());
        }
        long here = used.incrementAndGet();
        if (here + window.others.getOrDefault(key, 0L) > capacity) {
            used.decrementAndGet();
            long seconds = Math.max(1, ((window.index + 1) * windowMillis - now + 999) / 1000);
            throw new ProblemException(429, "rate-limited", "Too many requests; slow down.",
                    Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    /**
     * This gateway's use of every key past its share that changed since the last call, in the current window (what
     * the store must learn).
     */
    public Usage usage() {
        var window = window(clock.getAsLong());
        var changed = new HashMap<String, Long>();
        window.local.forEach((key, used) -> {
            long total = used.get();
            if (total >= threshold && !Long.valueOf(total).equals(window.reported.put(key, total))) {
                changed.put(key, total);
            }
        });
        return new Usage(name, window.index, (window.index + 1) * windowMillis, changed);
    }

    /** What the other gateways used in window {@code index}, by key, as last read from the store. */
    public void othersUsed(long index, Map<String, Long> byKey) {
        var window = current;
        if (window.index == index) {
            window.others = Map.copyOf(byKey);
        }
    }

    private Window window(long now) {
        var window = current;
        long index = now / windowMillis;
        if (window.index != index) {
            synchronized (this) {
                if (current.index != index) {
                    current = new Window(index);
                }
                window = current;
            }
        }
        return window;
    }

    /** A limit's use on this gateway in one window: totals per key, not deltas, so a lost sync loses nothing. */
    public record Usage(String limit, long window, long endsAtMillis, Map<String, Long> byKey) {
    }

    private static final class Window {
        final long index;
        final Map<String, AtomicLong> local = new ConcurrentHashMap<>();
        final Map<String, Long> reported = new ConcurrentHashMap<>();
        volatile Map<String, Long> others = Map.of();

        Window(long index) {
            this.index = index;
        }
    }
}
