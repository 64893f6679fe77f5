package org.causette.kit.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Optional;

/** Opens a fresh connection with a single attempt, so it goes DOWN as soon as the broker is gone. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Inject
    @ConfigProperty(name = "causette.broker.url")
    String url;

    @Inject
    @ConfigProperty(name = "causette.broker.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "causette.broker.password")
    Optional<String> password;

    @Override
    public HealthCheckResponse call() {
        var check = HealthCheckResponse.named("broker");
        try (var factory = new ActiveMQConnectionFactory(url)) {
            factory.setInitialConnectAttempts(1);
            factory.setReconnectAttempts(0);
            factory.setCallTimeout(2000);
            try (var connection = user.isEmpty() ? factory.createConnection()
                    : factory.createConnection(user.get(), password.orElse(""))) {
                return check.up().build();
            }
        } catch (JMSException | RuntimeException e) {
            return check.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
