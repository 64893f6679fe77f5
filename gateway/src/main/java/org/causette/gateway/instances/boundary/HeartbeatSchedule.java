package org.causette.gateway.instances.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.causette.gateway.instances.control.InstanceHeartbeats;
import org.causette.kit.schedule.PeriodicJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/** Writes this gateway's heartbeat at start and every {@code causette.gateway.instances.heartbeat-seconds}. */
@ApplicationScoped
public class HeartbeatSchedule {
    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    InstanceHeartbeats heartbeats;

    @Inject
    @ConfigProperty(name = "causette.gateway.instances.heartbeat-seconds")
    long seconds;

    private PeriodicJob beating;

    void start(@Observes Startup startup) {
        beating = PeriodicJob.schedule(scheduler, "instance heartbeat", Duration.ZERO, Duration.ofSeconds(seconds),
                () -> heartbeats.beat(Instant.now()));
    }

    @PreDestroy
    void stop() {
        if (beating != null) {
            beating.cancel();
        }
    }
}
