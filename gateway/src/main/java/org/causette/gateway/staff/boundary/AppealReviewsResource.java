package org.causette.gateway.staff.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.security.boundary.StaffOnly;
import org.causette.gateway.web.JsonBodies;

/** The appeals waiting for review, and reviews (by another moderator than the one who decided). */
@Path("moderation/appeals")
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealReviewsResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    ModerationClient moderation;

    @GET
    public JsonArray appeals(@QueryParam("status") String status) {
        return moderation.appeals(caller.get().bearer(), status == null ? "pending" : status);
    }

    @POST
    @Path("{id}/decisions")
    public Response decide(@PathParam("id") String id, JsonValue review) {
        return Response.status(Response.Status.CREATED)
                .entity(moderation.decideAppeal(caller.get().bearer(), id, JsonBodies.object(review))).build();
    }
}
