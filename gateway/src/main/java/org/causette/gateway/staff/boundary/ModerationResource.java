package org.causette.gateway.staff.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.causette.gateway.web.JsonBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.staff.control.CaseFiles;
import org.causette.gateway.staff.control.StatementLinks;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.security.boundary.StaffOnly;

/** The moderators' queue, case files and decisions; statement links point at the host the request came to. */
@Path("moderation")
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModerationResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    ModerationClient moderation;

    @Inject
    CaseFiles caseFiles;

    @Context
    UriInfo uri;

    @GET
    @Path("cases")
    public JsonArray cases(@QueryParam("status") String status) {
        return moderation.cases(caller.get().bearer(), status == null ? "open" : status);
    }

    @GET
    @Path("cases/{id}")
    public JsonObject caseFile(@PathParam("id") String id) {
        return StatementLinks.relink(caseFiles.caseFile(caller.get().bearer(), id), uri.getBaseUri()).asJsonObject();
    }

    @POST
    @Path("cases/{id}/decisions")
    public Response decide(@PathParam("id") String id, JsonValue decision) {
        var receipt = moderation.decide(caller.get().bearer(), id, JsonBodies.object(decision));
        return Response.status(Response.Status.CREATED).entity(StatementLinks.relink(receipt, uri.getBaseUri())).build();
    }
}
