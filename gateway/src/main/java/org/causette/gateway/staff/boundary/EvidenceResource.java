package org.causette.gateway.staff.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.security.boundary.StaffOnly;

/** The signed, hash-chained evidence bundle of an emergency case. */
@Path("moderation/cases/{id}/evidence")
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    ModerationClient moderation;

    @GET
    public JsonObject evidence(@PathParam("id") String id) {
        return moderation.evidence(caller.get().bearer(), id);
    }
}
