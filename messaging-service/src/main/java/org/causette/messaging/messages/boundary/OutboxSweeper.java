package org.causette.messaging.messages.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.causette.messaging.messages.control.OutboxRelay;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Every few seconds, hands messages still waiting for a verdict to moderation again. */
@ApplicationScoped
public class OutboxSweeper {
    private static final System.Logger LOG = System.getLogger(OutboxSweeper.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxRelay relay;

    @Inject
    @ConfigProperty(name = "causette.messaging.outbox.sweep-interval-seconds", defaultValue = "3")
    long intervalSeconds;

    ScheduledFuture<?> sweeping;

    void start(@Observes Startup startup) {
        sweeping = scheduler.scheduleWithFixedDelay(this::sweep, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    void sweep() {
        try {
            relay.sweep();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "outbox sweep failed, retrying later: {0}", e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }
}
