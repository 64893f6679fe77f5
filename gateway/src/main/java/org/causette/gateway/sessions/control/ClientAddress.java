package org.causette.gateway.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The caller's network address as a keyed hash; behind a trusted proxy, the first X-Forwarded-For hop. */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "causette.gateway.trust-forwarded-for")
    boolean trustForwardedFor;

    @Inject
    Pepper pepper;

    public String hashOf(HttpServletRequest request) {
        var address = request.getRemoteAddr();
        var forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            address = forwarded.split(",")[0].trim();
        }
        return pepper.hash("address", address);
    }
}
