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
        return pepper.hash("address", addressOf(request));
    }

    /** The address itself: only ever sealed for the identification data, never stored or logged as is. */
    public String addressOf(HttpServletRequest request) {
        var forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return request.getRemoteAddr();
    }

    /** The address with the source port when it is the peer's own (LCEN asks for it behind shared addresses). */
    public String connectionOf(HttpServletRequest request) {
        var forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return request.getRemoteAddr() + " port " + request.getRemotePort();
    }
}
