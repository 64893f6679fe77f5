package org.causette.gateway.routing.control;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Every internal call carries a token: the caller's when the gateway forwards one, otherwise the gateway's service
 * token. A call meant to forward a caller's token that has none gains nothing: chatter and staff routes do not
 * admit the {@code service} group.
 */
public class ServiceAuthentication implements ClientRequestFilter {
    private final ServiceToken token;

    public ServiceAuthentication(ServiceToken token) {
        this.token = token;
    }

    @Override
    public void filter(ClientRequestContext request) {
        var given = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (given == null || given.isBlank()) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, token.bearer());
        }
    }
}
