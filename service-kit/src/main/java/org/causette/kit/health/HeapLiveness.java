package org.causette.kit.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * A JVM whose heap stays nearly full after garbage collection spends its time collecting and answers nothing:
 * liveness goes DOWN so that Kubernetes restarts it rather than keep a pod "live" and dead.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {
    private final HeapAfterGc heap = HeapAfterGc.ofThisJvm();

    @Inject
    @ConfigProperty(name = "causette.health.heap-after-gc-max-percent", defaultValue = "95")
    int maxPercent;

    @Override
    public HealthCheckResponse call() {
        long percent = Math.round(heap.fraction() * 100);
        return HealthCheckResponse.named("heap").status(percent < maxPercent)
                .withData("afterGcPercent", percent).withData("maxPercent", maxPercent).build();
    }
}
