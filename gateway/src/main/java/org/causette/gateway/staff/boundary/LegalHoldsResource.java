package org.causette.gateway.staff.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Legal holds: data under a hold is exempt from every retention period until an administrator releases it. */
@Path("moderation/legal-holds")
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "legal holds", description = "Preserve messages and identification data beyond retention (staff)")
public class LegalHoldsResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    ModerationClient moderation;

    @POST
    @Operation(summary = "Place a legal hold (moderator or admin)", description = "Body: exactly one of messageId, "
            + "sessionId, conversationId, roomId; optional from/to (ISO-8601 UTC); reason and reference (e.g. the "
            + "requisition number) required. Held messages get legalHold and are never purged; so is the "
            + "identification data of their authors.")
    @APIResponse(responseCode = "201", description = "the hold, with heldRecords (identification records held)")
    @APIResponse(responseCode = "400", description = "invalid-field")
    public Response place(JsonValue hold) {
        return Response.status(Response.Status.CREATED)
                .entity(moderation.placeHold(caller.get().bearer(), JsonBodies.object(hold))).build();
    }

    @GET
    @Operation(summary = "List legal holds, newest first")
    @APIResponse(responseCode = "200", description = "the holds")
    public JsonArray list(@Parameter(description = "active, released or all (default)") @QueryParam("status")
                          String status) {
        return moderation.holds(caller.get().bearer(), status);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One legal hold")
    @APIResponse(responseCode = "200", description = "the hold")
    @APIResponse(responseCode = "404", description = "not-found")
    public JsonObject get(@PathParam("id") String id) {
        return moderation.hold(caller.get().bearer(), id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Release a legal hold (admin only)", description = "Retention applies again to what only "
            + "this hold preserved.")
    @APIResponse(responseCode = "200", description = "the released hold")
    @APIResponse(responseCode = "403", description = "forbidden: not an administrator")
    @APIResponse(responseCode = "409", description = "hold-released: already released")
    public JsonObject release(@PathParam("id") String id) {
        return moderation.releaseHold(caller.get().bearer(), id);
    }
}
