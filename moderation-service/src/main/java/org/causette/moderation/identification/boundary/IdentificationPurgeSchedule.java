package org.causette.moderation.identification.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.causette.kit.schedule.PeriodicJob;
import org.causette.moderation.holds.control.LegalHolds;
import org.causette.moderation.identification.control.IdentificationStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

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

    PeriodicJob purging;

    void start(@Observes Startup startup) {
        purging = PeriodicJob.schedule(scheduler, "identification purge", Duration.ofMinutes(firstRunDelayMinutes),
                Duration.ofHours(intervalHours), this::purge);
    }

    void purge() {
        int deleted = store.purge(Instant.now(), holds.activeTargets());
        LOG.log(System.Logger.Level.INFO, "identification purge removed {0} records", deleted);
    }

    @PreDestroy
    void stop() {
        if (purging != null) {
            purging.cancel();
        }
    }
}
