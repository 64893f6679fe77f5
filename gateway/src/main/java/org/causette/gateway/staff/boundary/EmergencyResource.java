package org.causette.gateway.staff.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.security.boundary.StaffOnly;
import org.causette.gateway.web.JsonBodies;

/**
 * Flags a case as an emergency (DSA Art. 18). Its own root path, so that the other {@code moderation/cases} routes
 * stay with ModerationResource.
 */
@Path("moderation/cases/{id}/emergency")
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmergencyResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    ModerationClient moderation;

    @POST
    public JsonObject flag(@PathParam("id") String id, JsonValue flag) {
        return moderation.flagEmergency(caller.get().bearer(), id, JsonBodies.object(flag));
    }
}
