package org.causette.gateway.staff.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.security.boundary.StaffOnly;

/** Transparency report figures (DSA Art. 15 and 24) for whole days, as JSON or CSV ({@code format=csv}). */
@Path("moderation/transparency")
@StaffOnly
public class TransparencyResource {
    static final String CSV = "text/csv";

    @Inject
    CurrentIdentity caller;

    @Inject
    ModerationClient moderation;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") String format) {
        var bearer = caller.get().bearer();
        if ("csv".equals(format)) {
            return Response.ok(moderation.transparencyCsv(bearer, from, to, format), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"transparency.csv\"").build();
        }
        return Response.ok(moderation.transparency(bearer, from, to, format == null ? "json" : format),
                MediaType.APPLICATION_JSON).build();
    }
}
