package org.causette.moderation.sanctions.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.moderation.sanctions.control.SanctionStore;
import org.causette.moderation.sanctions.entity.ActiveSanction;

import java.time.Instant;
import java.util.List;

/**
 * Service only, never routed by the gateway to clients: the mutes and bans in force, which a gateway loads at
 * startup to warm its cache before it follows {@code SessionSanctioned} events.
 */
@Path("sanctions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("service")
public class SanctionsResource {

    @Inject
    SanctionStore store;

    @GET
    @Path("active")
    public List<ActiveSanction> active() {
        return store.activeAt(Instant.now()).stream().map(ActiveSanction::of).toList();
    }
}
