package org.causette.gateway.staff.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.security.boundary.BannedToo;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.web.JsonBodies;

/** A chatter contests a decision that concerns them (DSA Art. 20), naming its statement of reasons. */
@Path("appeals")
@BannedToo
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealsResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    ModerationClient moderation;

    @POST
    public Response appeal(JsonValue appeal) {
        return Response.status(Response.Status.CREATED)
                .entity(moderation.appeal(caller.get().bearer(), JsonBodies.object(appeal))).build();
    }

    @GET
    @Path("{id}")
    public JsonObject status(@PathParam("id") String id) {
        return moderation.appealStatus(caller.get().bearer(), id);
    }
}
