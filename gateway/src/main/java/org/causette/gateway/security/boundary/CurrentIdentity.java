package org.causette.gateway.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import org.causette.gateway.security.entity.Identity;

/** The verified identity of the current request, set by the authentication filter. */
@RequestScoped
public class CurrentIdentity {
    private Identity identity;

    void set(Identity identity) {
        this.identity = identity;
    }

    public Identity get() {
        return identity;
    }
}
