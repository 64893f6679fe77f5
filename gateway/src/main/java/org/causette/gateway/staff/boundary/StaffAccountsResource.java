package org.causette.gateway.staff.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.security.boundary.StaffOnly;
import org.causette.gateway.staff.control.StaffTokenRevocations;
import org.causette.gateway.web.JsonBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators manage staff accounts: moderators, administrators and trusted flaggers (DSA Art. 22). */
@Path("staff/accounts")
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "staff accounts", description = "Staff accounts and trusted flaggers (admin)")
public class StaffAccountsResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    ModerationClient moderation;

    @Inject
    StaffTokenRevocations revocations;

    @POST
    @Operation(summary = "Create a staff account (admin only)", description = "Body: username (2-64 of a-z 0-9 . _ -), "
            + "password (12 to 256 characters), roles (moderator, admin, trusted-flagger). A trusted flagger logs in "
            + "at /staff/sessions and reports with POST /reports: its reports come first within their priority.")
    @APIResponse(responseCode = "201", description = "{username, roles, bootstrap}")
    @APIResponse(responseCode = "400", description = "invalid-field")
    @APIResponse(responseCode = "403", description = "forbidden: not an administrator")
    @APIResponse(responseCode = "409", description = "username-taken")
    public Response create(JsonValue account) {
        return Response.status(Response.Status.CREATED)
                .entity(moderation.createStaff(caller.get().bearer(), JsonBodies.object(account))).build();
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Disable a staff account (admin only)", description = "It can no longer log in, and every "
            + "token it holds is refused at once on every gateway. The username is never given again.")
    @APIResponse(responseCode = "204", description = "disabled")
    @APIResponse(responseCode = "403", description = "forbidden: not an administrator")
    @APIResponse(responseCode = "404", description = "not-found: no such enabled account")
    public void disable(@PathParam("username") String username) {
        moderation.disableStaff(caller.get().bearer(), username);
        revocations.revokeAccount(username);
    }

    @GET
    @Operation(summary = "List staff accounts (admin only)")
    @APIResponse(responseCode = "200", description = "[{username, roles, bootstrap}]")
    public JsonArray list() {
        return moderation.staff(caller.get().bearer());
    }
}
