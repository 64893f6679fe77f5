package org.causette.gateway.stream.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.causette.gateway.stream.control.StreamRecheck;
import org.causette.kit.schedule.PeriodicJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/** Rechecks the open streams' tokens every {@code causette.gateway.stream.recheck-seconds}. */
@ApplicationScoped
public class StreamRecheckSchedule {
    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    StreamRecheck recheck;

    @Inject
    @ConfigProperty(name = "causette.gateway.stream.recheck-seconds")
    long intervalSeconds;

    PeriodicJob rechecking;

    void start(@Observes Startup startup) {
        var interval = Duration.ofSeconds(intervalSeconds);
        rechecking = PeriodicJob.schedule(scheduler, "stream token recheck", interval, interval,
                () -> recheck.recheck(Instant.now()));
    }

    @PreDestroy
    void stop() {
        if (rechecking != null) {
            rechecking.cancel();
        }
    }
}
