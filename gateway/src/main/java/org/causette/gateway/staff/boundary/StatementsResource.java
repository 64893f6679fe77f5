package org.causette.gateway.staff.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.security.boundary.Public;

/** Statements of reasons (DSA Art. 17), readable by whoever holds the link. */
@Path("statements")
@Public
@Produces(MediaType.APPLICATION_JSON)
public class StatementsResource {

    @Inject
    ModerationClient moderation;

    @GET
    @Path("{id}")
    public JsonObject statement(@PathParam("id") String id) {
        return moderation.statement(id);
    }
}
