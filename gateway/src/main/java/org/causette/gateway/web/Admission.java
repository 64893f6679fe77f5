package org.causette.gateway.web;

import org.causette.kit.health.HeapAfterGc;

import java.util.concurrent.Semaphore;

/**
 * Sheds load before the gateway runs out of memory or threads: a request is admitted only while the heap stayed
 * below its threshold after the last full collection and fewer than the maximum of requests are in progress.
 * Both checks are a flag and a counter: shedding costs next to nothing.
 */
public final class Admission {
    private final HeapAfterGc heap;
    private final Semaphore inProgress;

    public Admission(HeapAfterGc heap, double heapFraction, int maxConcurrent) {
        this.heap = heap;
        this.inProgress = new Semaphore(maxConcurrent);
        heap.armThreshold(heapFraction);
    }

    /** @return whether the request may go on; if so, {@link #release()} must follow */
    public boolean tryAdmit() {
        return !heap.exceeds() && inProgress.tryAcquire();
    }

    public void release() {
        inProgress.release();
    }
}
