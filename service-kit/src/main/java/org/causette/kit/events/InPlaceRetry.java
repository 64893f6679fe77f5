package org.causette.kit.events;

import java.time.Duration;

/**
 * Runs a handler again, in the same delivery, while it fails for a transient reason and time remains. The broker
 * would redeliver too, but a redelivery delay lets the later messages of the same sender overtake the failed one;
 * retrying in place keeps per-sender order through short outages (a MongoDB fail-over, a restart).
 */
final class InPlaceRetry {
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(2);

    private final Duration budget;

    InPlaceRetry(Duration budget) {
        this.budget = budget;
    }

    /** Runs {@code work} until it succeeds; rethrows its last failure once the budget is spent. */
    void run(Runnable work) {
        long deadline = System.nanoTime() + budget.toNanos();
        var pause = FIRST_PAUSE;
        while (true) {
            try {
                work.run();
                return;
            } catch (PoisonMessage e) {
                throw e;
            } catch (RuntimeException e) {
                if (System.nanoTime() + pause.toNanos() - deadline > 0) {
                    throw e;
                }
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
