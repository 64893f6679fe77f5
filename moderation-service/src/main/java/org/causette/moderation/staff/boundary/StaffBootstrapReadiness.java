package org.causette.moderation.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.moderation.staff.control.StaffBootstrap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the bootstrap moderator exists, and never with a password that must not be used. */
@Readiness
@ApplicationScoped
public class StaffBootstrapReadiness implements HealthCheck {

    @Inject
    StaffBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        var check = HealthCheckResponse.named("staff-bootstrap");
        try {
            return bootstrap.ensureBootstrapped()
                    .map(refusal -> check.down().withData("refused", refusal).build())
                    .orElseGet(() -> check.up().build());
        } catch (RuntimeException e) {
            return check.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
