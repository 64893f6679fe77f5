package org.causette.gateway.ratelimit.control;

/** Allows {@code capacity} events at once, refilled at {@code capacity} per {@code periodNanos}. */
final class TokenBucket {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    TokenBucket(int capacity, long periodNanos, long now) {
        this.capacity = capacity;
        this.perNano = capacity / (double) periodNanos;
        this.tokens = capacity;
        this.last = now;
    }

    /** @return 0 if taken, else the nanoseconds to wait before one token is available */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    synchronized boolean isFull(long now) {
        return tokens + (now - last) * perNano >= capacity;
    }

    synchronized boolean atLeastHalfFull(long now) {
        return tokens + (now - last) * perNano >= capacity / 2;
    }
}
