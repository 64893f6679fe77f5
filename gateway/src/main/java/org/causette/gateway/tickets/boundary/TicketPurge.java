package org.causette.gateway.tickets.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.causette.gateway.tickets.control.TicketStore;
import org.causette.kit.schedule.PeriodicJob;

import java.time.Duration;
import java.time.Instant;

/** Deletes expired stream tickets every minute (TTL indexes are not enforced by every store). */
@ApplicationScoped
public class TicketPurge {
    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TicketStore tickets;

    PeriodicJob purging;

    void start(@Observes Startup startup) {
        purging = PeriodicJob.schedule(scheduler, "stream ticket purge", Duration.ofMinutes(1), Duration.ofMinutes(1),
                () -> tickets.purgeExpired(Instant.now()));
    }

    @PreDestroy
    void stop() {
        if (purging != null) {
            purging.cancel();
        }
    }
}
