package org.causette.gateway.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Collections;

/**
 * The caller's network address as a keyed hash. Behind {@code causette.gateway.trusted-proxy-hops} trusted proxies it
 * is the {@code X-Forwarded-For} entry they added (see {@link ForwardedAddress}); with 0, the socket address.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "causette.gateway.trusted-proxy-hops")
    int trustedProxyHops;

    @Inject
    Pepper pepper;

    public String hashOf(HttpServletRequest request) {
        return pepper.hash("address", addressOf(request));
    }

    /** The address itself: only ever sealed for the identification data, never stored or logged as is. */
    public String addressOf(HttpServletRequest request) {
        return ForwardedAddress.clientAddress(forwardedFor(request), request.getRemoteAddr(), trustedProxyHops);
    }

    /** The address with the source port when it is the peer's own (LCEN asks for it behind shared addresses). */
    public String connectionOf(HttpServletRequest request) {
        if (isForwarded(request)) {
            return addressOf(request);
        }
        return addressOf(request) + " port " + request.getRemotePort();
    }

    private boolean isForwarded(HttpServletRequest request) {
        var forwarded = forwardedFor(request);
        return trustedProxyHops > 0 && forwarded != null && !forwarded.isBlank();
    }

    /** Several header lines count as one list, in order (RFC 9110 5.3). */
    private static String forwardedFor(HttpServletRequest request) {
        var values = request.getHeaders("X-Forwarded-For");
        return values == null ? null : String.join(",", Collections.list(values));
    }
}
