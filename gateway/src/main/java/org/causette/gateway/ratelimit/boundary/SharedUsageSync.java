package org.causette.gateway.ratelimit.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.causette.gateway.ratelimit.control.RateLimits;
import org.causette.gateway.ratelimit.control.SharedLimit;
import org.causette.gateway.ratelimit.control.SharedUsageStore;
import org.causette.kit.schedule.PeriodicJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Tells the shared store what this gateway used and learns what the others did, every sync interval. */
@ApplicationScoped
public class SharedUsageSync {
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RateLimits limits;

    @Inject
    SharedUsageStore store;

    @Inject
    @ConfigProperty(name = "causette.gateway.rate.sync-millis")
    long syncMillis;

    private PeriodicJob syncing;
    private Instant lastPurge = Instant.EPOCH;

    void start(@Observes Startup startup) {
        var interval = Duration.ofMillis(syncMillis);
        syncing = PeriodicJob.schedule(scheduler, "shared rate limit sync", interval, interval, this::sync);
    }

    void sync() {
        var shared = limits.shared();
        store.report(shared.stream().map(SharedLimit::usage).toList());
        var now = Instant.now();
        var others = store.othersUse(now);
        for (var limit : shared) {
            others.getOrDefault(limit.name(), Map.of()).forEach(limit::othersUsed);
        }
        if (now.isAfter(lastPurge.plus(PURGE_EVERY))) {
            store.purgeEnded(now);
            lastPurge = now;
        }
    }

    @PreDestroy
    void stop() {
        if (syncing != null) {
            syncing.cancel();
        }
    }
}
