package org.causette.gateway.reports.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.causette.gateway.web.JsonBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.gateway.ratelimit.control.RateLimits;
import org.causette.gateway.reports.control.ReportTargets;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.security.boundary.TrustedFlaggersToo;

/** Notice and action: a report becomes (part of) a case in moderation-service. */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    ModerationClient moderation;

    @Inject
    RateLimits limits;

    @Inject
    ReportTargets targets;

    @POST
    @TrustedFlaggersToo
    public Response report(JsonValue bodyJson) {
        var body = JsonBodies.object(bodyJson);
        limits.report(caller.get().subject());
        targets.check(caller.get(), body);
        return Response.status(Response.Status.CREATED).entity(moderation.report(caller.get().bearer(), body)).build();
    }
}
