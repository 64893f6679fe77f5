package org.causette.kit.schedule;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A job run at a fixed delay whose failures are logged and retried at the next run: a failed run must not
 * cancel the schedule (an exception escaping the runnable would).
 */
public final class PeriodicJob {
    private static final System.Logger LOG = System.getLogger(PeriodicJob.class.getName());

    private final ScheduledFuture<?> future;

    private PeriodicJob(ScheduledFuture<?> future) {
        this.future = future;
    }

    public static PeriodicJob schedule(ScheduledExecutorService scheduler, String name, Duration firstDelay,
                                       Duration interval, Runnable job) {
        Runnable guarded = () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "{0} failed, retrying at the next run: {1}", name,
                        e.getClass().getName());
            }
        };
        return new PeriodicJob(scheduler.scheduleWithFixedDelay(guarded, firstDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS));
    }

    public void cancel() {
        future.cancel(false);
    }
}
