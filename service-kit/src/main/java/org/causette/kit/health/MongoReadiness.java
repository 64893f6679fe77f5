package org.causette.kit.health;

import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class MongoReadiness implements HealthCheck {

    @Inject
    MongoDatabase database;

    @Override
    public HealthCheckResponse call() {
        var check = HealthCheckResponse.named("mongodb");
        try {
            database.runCommand(new Document("ping", 1));
            return check.up().build();
        } catch (RuntimeException e) {
            return check.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
