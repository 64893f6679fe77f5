package org.causette.gateway.ratelimit.control;

import org.causette.kit.problems.ProblemException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * One limit (e.g. messages per second) applied per key (a session, a hashed address). In memory, per instance, and
 * bounded: buckets that refilled are swept now and then, and past {@code maxKeys} keys the fullest half of the
 * buckets is dropped, whatever number of keys a client invents.
 */
public class RateLimiter {
    public static final int DEFAULT_MAX_KEYS = 100_000;
    private static final int SWEEP_EVERY = 10_000;

    private final int capacity;
    private final long periodNanos;
    private final LongSupplier clock;
    private final int maxKeys;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    public RateLimiter(int capacity, Duration period, LongSupplier clock, int maxKeys) {
        this.capacity = capacity;
        this.periodNanos = period.toNanos();
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    public RateLimiter(int capacity, Duration period, LongSupplier clock) {
        this(capacity, period, clock, DEFAULT_MAX_KEYS);
    }

    public RateLimiter(int capacity, Duration period, int maxKeys) {
        this(capacity, period, System::nanoTime, maxKeys);
    }

    public RateLimiter(int capacity, Duration period) {
        this(capacity, period, DEFAULT_MAX_KEYS);
    }

    int keys() {
        return buckets.size();
    }

    /** @throws ProblemException 429 rate-limited with Retry-After in seconds */
    public void acquire(String key) {
        long now = clock.getAsLong();
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            makeRoom(now);
        }
        long wait = buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, periodNanos, now)).take(now);
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        if (wait > 0) {
            long seconds = Math.max(1, Duration.ofNanos(wait).toSeconds() + (wait % 1_000_000_000L == 0 ? 0 : 1));
            throw new ProblemException(429, "rate-limited", "Too many requests; slow down.",
                    Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    /** Drops refilled buckets, then, if that was not enough, every bucket holding at least half its capacity. */
    private synchronized void makeRoom(long now) {
        if (buckets.size() < maxKeys) {
            return;
        }
        buckets.values().removeIf(b -> b.isFull(now));
        if (buckets.size() >= maxKeys * 3 / 4) {
            buckets.values().removeIf(b -> b.atLeastHalfFull(now));
        }
        if (buckets.size() >= maxKeys * 3 / 4) {
            buckets.clear();
        }
    }
}
