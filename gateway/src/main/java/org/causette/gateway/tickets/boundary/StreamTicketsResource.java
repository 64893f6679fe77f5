package org.causette.gateway.tickets.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.tickets.control.TicketIssuing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("stream-tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stream", description = "The real-time stream (WebSocket at /api/v1/stream)")
public class StreamTicketsResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    TicketIssuing issuing;

    @POST
    @Operation(summary = "A one-time ticket to open the stream without putting the token in a URL: "
            + "GET /api/v1/stream?ticket=<ticket> (upgraded to a WebSocket), at any gateway, once, within 30 s.")
    @APIResponse(responseCode = "201", description = "{\"ticket\", \"expiresAt\"}")
    @APIResponse(responseCode = "401", description = "unauthenticated")
    @APIResponse(responseCode = "403", description = "banned, or forbidden for a staff token")
    @APIResponse(responseCode = "429", description = "rate-limited")
    public Response create() {
        return Response.status(Response.Status.CREATED).entity(issuing.issue(caller.get())).build();
    }
}
