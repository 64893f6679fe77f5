package org.causette.gateway.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/** REST clients of the internal services, at the URLs from config, each call with a token. */
@ApplicationScoped
public class ServiceClients {

    @Inject
    ServiceToken serviceToken;

    @Inject
    @ConfigProperty(name = "causette.gateway.rooms-url")
    String roomsUrl;

    @Inject
    @ConfigProperty(name = "causette.gateway.messaging-url")
    String messagingUrl;

    @Inject
    @ConfigProperty(name = "causette.gateway.moderation-url")
    String moderationUrl;

    @Produces
    @ApplicationScoped
    RoomsClient rooms() {
        return build(roomsUrl, RoomsClient.class);
    }

    @Produces
    @ApplicationScoped
    MessagingClient messaging() {
        return build(messagingUrl, MessagingClient.class);
    }

    @Produces
    @ApplicationScoped
    ModerationClient moderation() {
        return build(moderationUrl, ModerationClient.class);
    }

    private <T> T build(String url, Class<T> type) {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .register(ProblemRelay.class)
                .register(new ServiceAuthentication(serviceToken))
                .build(type);
    }
}
