package org.causette.moderation.statements.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.moderation.statements.control.StatementStore;
import org.causette.moderation.statements.entity.Statement;
import org.causette.moderation.statements.entity.StatementNotFound;

/**
 * Statements of reasons, readable by whoever holds the (unguessable) link: the gateway serves them publicly and reads
 * them here with its service token.
 */
@Path("statements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("service")
public class StatementsResource {

    @Inject
    StatementStore store;

    @GET
    @Path("{id}")
    public Statement statement(@PathParam("id") String id) {
        return store.find(id).orElseThrow(StatementNotFound::new);
    }
}
