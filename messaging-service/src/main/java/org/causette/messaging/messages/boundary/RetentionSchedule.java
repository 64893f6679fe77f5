package org.causette.messaging.messages.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.causette.kit.schedule.PeriodicJob;
import org.causette.messaging.messages.control.Retention;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/** Applies the retention periods once a day (first run a few minutes after start, configurable). */
@ApplicationScoped
public class RetentionSchedule {
    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Retention retention;

    @Inject
    @ConfigProperty(name = "causette.messaging.retention.purge-interval-hours", defaultValue = "24")
    long intervalHours;

    @Inject
    @ConfigProperty(name = "causette.messaging.retention.first-run-delay-minutes", defaultValue = "5")
    long firstRunDelayMinutes;

    PeriodicJob purging;

    void start(@Observes Startup startup) {
        purging = PeriodicJob.schedule(scheduler, "retention purge", Duration.ofMinutes(firstRunDelayMinutes),
                Duration.ofHours(intervalHours), () -> retention.purge(Instant.now()));
    }

    @PreDestroy
    void stop() {
        if (purging != null) {
            purging.cancel();
        }
    }
}
