package org.causette.gateway.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.gateway.security.control.TokenIssuer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The gateway's own token (group {@code service}) for the internal routes no chatter or staff token covers: name
 * screening before a session exists, staff password checks, statements of reasons, the sanctions in force. One
 * token is reused until shortly before it expires, so the services verify its signature once per token (Liberty
 * caches validated JWTs) and this gateway signs one every few minutes, not one per call.
 */
@ApplicationScoped
public class ServiceToken {
    public static final String GROUP = "service";

    private record Current(String bearer, Instant renewAt) {
    }

    @Inject
    TokenIssuer issuer;

    @Inject
    @ConfigProperty(name = "causette.gateway.service-token.ttl-minutes")
    long ttlMinutes;

    @Inject
    @ConfigProperty(name = "causette.gateway.service-token.renew-before-expiry-seconds")
    long renewBeforeSeconds;

    /** "1" locally, the pod name ("gateway-0") in Kubernetes */
    @Inject
    @ConfigProperty(name = "causette.gateway.instance")
    String instance;

    Clock clock = Clock.systemUTC();

    private volatile Current current;

    /** The {@code Authorization} header value: {@code Bearer <token>}. */
    public String bearer() {
        var token = current;
        if (token == null || !clock.instant().isBefore(token.renewAt())) {
            token = renew();
        }
        return token.bearer();
    }

    private synchronized Current renew() {
        var now = clock.instant();
        if (current != null && now.isBefore(current.renewAt())) {
            return current;
        }
        var ttl = Duration.ofMinutes(ttlMinutes);
        var expiresAt = now.plus(ttl);
        var subject = instance.startsWith("gateway") ? instance : "gateway-" + instance;
        var signed = issuer.issue(subject, subject, List.of(GROUP), Map.of(), expiresAt);
        var renewAt = expiresAt.minus(Duration.ofSeconds(Math.min(renewBeforeSeconds, ttl.toSeconds() / 2)));
        current = new Current("Bearer " + signed, renewAt);
        return current;
    }
}
