package org.causette.gateway.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The {@code causette_device} cookie: how a browser keeps its device token without the page's help (a page's
 * storage is easy to clear, an HttpOnly cookie is not reachable by scripts). Sent back only to the sessions routes;
 * Secure outside the local profile.
 */
@ApplicationScoped
public class DeviceCookie {
    public static final String NAME = "causette_device";
    static final Duration MAX_AGE = Duration.ofDays(400);

    @Inject
    @ConfigProperty(name = "causette.profile")
    String profile;

    public String header(String deviceToken) {
        return NAME + "=" + deviceToken + "; Path=/api/v1/sessions; Max-Age=" + MAX_AGE.toSeconds()
                + "; HttpOnly; SameSite=Strict" + ("local".equals(profile) ? "" : "; Secure");
    }
}
