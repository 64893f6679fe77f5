package org.causette.rooms.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.rooms.control.RoomSeeder;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the public rooms exist; seeding happens here because the store may start after us. */
@Readiness
@ApplicationScoped
public class RoomsSeededReadiness implements HealthCheck {

    @Inject
    RoomSeeder seeder;

    @Override
    public HealthCheckResponse call() {
        var check = HealthCheckResponse.named("rooms-seeded");
        try {
            return check.status(seeder.ensureSeeded()).build();
        } catch (RuntimeException e) {
            return check.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
