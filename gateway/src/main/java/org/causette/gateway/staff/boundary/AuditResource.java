package org.causette.gateway.staff.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.security.boundary.StaffOnly;

/** Checks the hash chain of the staff audit log. */
@Path("moderation/audit")
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    ModerationClient moderation;

    @GET
    @Path("verify")
    public JsonObject verify() {
        return moderation.verifyAudit(caller.get().bearer());
    }
}
