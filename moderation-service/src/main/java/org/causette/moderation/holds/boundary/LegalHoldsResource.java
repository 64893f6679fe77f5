package org.causette.moderation.holds.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.causette.moderation.audit.control.Actors;
import org.causette.moderation.audit.control.AuditStore;
import org.causette.moderation.holds.control.LegalHolds;
import org.causette.moderation.holds.entity.LegalHold;
import org.causette.moderation.holds.entity.LegalHoldRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/** Legal holds: moderators and administrators place and list them; only an administrator releases one. */
@Path("legal-holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"moderator", "admin"})
public class LegalHoldsResource {

    @Inject
    LegalHolds holds;

    @Inject
    AuditStore audit;

    @Inject
    JsonWebToken token;

    @POST
    public Response place(LegalHoldRequest request) {
        var hold = holds.place(request, Actors.of(token));
        audit.record(Actors.of(token), "legal-hold-placed", hold.id(), "reference", hold.reference());
        return Response.status(Response.Status.CREATED).entity(hold).build();
    }

    @GET
    public List<LegalHold> list(@QueryParam("status") String status) {
        return holds.list(status);
    }

    @GET
    @Path("{id}")
    public LegalHold get(@PathParam("id") String id) {
        return holds.find(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("admin")
    public LegalHold release(@PathParam("id") String id) {
        var hold = holds.release(id, Actors.of(token));
        audit.record(Actors.of(token), "legal-hold-released", id, "reference", hold.reference());
        return hold;
    }
}
