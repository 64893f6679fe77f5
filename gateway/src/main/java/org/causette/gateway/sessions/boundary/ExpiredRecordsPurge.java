package org.causette.gateway.sessions.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.causette.gateway.sessions.control.DeviceWall;
import org.causette.gateway.staff.control.StaffTokenRevocations;
import org.causette.kit.schedule.PeriodicJob;

import java.time.Duration;

/**
 * Deletes device memories and staff token revocations once they expired: reads already ignore them by date, this only
 * keeps the collections from growing (the local store enforces no TTL index).
 */
@ApplicationScoped
public class ExpiredRecordsPurge {
    private static final Duration INTERVAL = Duration.ofHours(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DeviceWall wall;

    @Inject
    StaffTokenRevocations revocations;

    PeriodicJob purging;

    void start(@Observes Startup startup) {
        purging = PeriodicJob.schedule(scheduler, "expired records purge", Duration.ofMinutes(5), INTERVAL, () -> {
            wall.purgeExpired();
            revocations.purgeExpired();
        });
    }

    @PreDestroy
    void stop() {
        if (purging != null) {
            purging.cancel();
        }
    }
}
