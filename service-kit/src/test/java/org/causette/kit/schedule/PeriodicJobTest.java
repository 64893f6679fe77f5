package org.causette.kit.schedule;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodicJobTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
    }

    @Test
    void aFailedRunDoesNotEndTheSchedule() throws InterruptedException {
        CountDownLatch runs = new CountDownLatch(3);
        PeriodicJob cut = PeriodicJob.schedule(scheduler, "failing job", Duration.ZERO, Duration.ofMillis(10), () -> {
            runs.countDown();
            throw new IllegalStateException("store down");
        });

        assertTrue(runs.await(30, TimeUnit.SECONDS), "the job ran again after failing");
        cut.cancel();
    }
}
