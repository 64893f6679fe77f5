package org.causette.moderation.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.kit.security.Caller;
import org.causette.moderation.reports.control.Reporting;
import org.causette.moderation.reports.entity.ReportRequest;

@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"teen", "adult", "trusted-flagger"})
public class ReportsResource {

    @Inject
    Reporting reporting;

    @Inject
    Caller caller;

    @POST
    public Response report(ReportRequest request) {
        return Response.status(Response.Status.CREATED).entity(reporting.report(request, caller.sessionId(),
                caller.inGroup("trusted-flagger"))).build();
    }
}
