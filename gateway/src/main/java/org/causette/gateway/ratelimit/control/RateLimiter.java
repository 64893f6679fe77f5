package org.causette.gateway.ratelimit.control;

import org.causette.kit.problems.ProblemException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** One limit (e.g. messages per second) applied per key (a session, a hashed address). In memory, per instance. */
public class RateLimiter {
    private static final int SWEEP_EVERY = 10_000;

    private final int capacity;
    private final long periodNanos;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private int calls;

    public RateLimiter(int capacity, Duration period, LongSupplier clock) {
        this.capacity = capacity;
        this.periodNanos = period.toNanos();
        this.clock = clock;
    }

    public RateLimiter(int capacity, Duration period) {
        this(capacity, period, System::nanoTime);
    }

    /** @throws ProblemException 429 rate-limited with Retry-After in seconds */
    public void acquire(String key) {
        long now = clock.getAsLong();
        long wait = buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, periodNanos, now)).take(now);
        if (++calls % SWEEP_EVERY == 0) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        if (wait > 0) {
            long seconds = Math.max(1, Duration.ofNanos(wait).toSeconds() + (wait % 1_000_000_000L == 0 ? 0 : 1));
            throw new ProblemException(429, "rate-limited", "Too many requests; slow down.",
                    Map.of("Retry-After", Long.toString(seconds)));
        }
    }
}
