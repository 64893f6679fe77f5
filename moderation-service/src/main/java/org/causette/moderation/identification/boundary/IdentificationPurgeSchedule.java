package org.causette.moderation.identification.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.causette.moderation.holds.control.LegalHolds;
import org.causette.moderation.identification.control.IdentificationStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Deletes identification data past its year (LCEN), except under legal hold; once a day. */
@ApplicationScoped
public class IdentificationPurgeSchedule {
    private static final System.Logger LOG = System.getLogger(IdentificationPurgeSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    IdentificationStore store;

    @Inject
    LegalHolds holds;

    @Inject
    @ConfigProperty(name = "causette.moderation.identification.purge-interval-hours", defaultValue = "24")
    long intervalHours;

    @Inject
    @ConfigProperty(name = "causette.moderation.identification.first-run-delay-minutes", defaultValue = "7")
    long firstRunDelayMinutes;

    ScheduledFuture<?> purging;

    void start(@Observes Startup startup) {
        purging = scheduler.scheduleWithFixedDelay(this::purge, TimeUnit.MINUTES.toMillis(firstRunDelayMinutes),
                TimeUnit.HOURS.toMillis(intervalHours), TimeUnit.MILLISECONDS);
    }

    void purge() {
        try {
            int deleted = store.purge(Instant.now(), holds.activeTargets());
            LOG.log(System.Logger.Level.INFO, "identification purge removed {0} records", deleted);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "identification purge failed, retrying at the next run: {0}",
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
