package org.causette.messaging.messages.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.causette.messaging.messages.control.Retention;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Applies the retention periods once a day (first run a few minutes after start, configurable). */
@ApplicationScoped
public class RetentionSchedule {
    private static final System.Logger LOG = System.getLogger(RetentionSchedule.class.getName());

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

    ScheduledFuture<?> purging;

    void start(@Observes Startup startup) {
        purging = scheduler.scheduleWithFixedDelay(this::purge, TimeUnit.MINUTES.toMillis(firstRunDelayMinutes),
                TimeUnit.HOURS.toMillis(intervalHours), TimeUnit.MILLISECONDS);
    }

    void purge() {
        try {
            retention.purge(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "retention purge failed, retrying at the next run: {0}",
                    e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        if (purging != null) {
            purging.cancel(false);
        }
    }
}
