package org.causette.moderation.appeals.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.kit.problems.ProblemException;
import org.causette.kit.security.Caller;
import org.causette.moderation.appeals.control.Appeals;
import org.causette.moderation.appeals.entity.Appeal;
import org.causette.moderation.appeals.entity.AppealNotFound;
import org.causette.moderation.appeals.entity.AppealRequest;
import org.causette.moderation.appeals.entity.AppealStatus;
import org.causette.moderation.appeals.entity.ReviewRequest;
import org.causette.moderation.audit.control.Actors;
import org.causette.moderation.audit.control.AuditStore;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Set;

/** Appeals against decisions (DSA Art. 20): filed by the person concerned, reviewed by staff. */
@Path("appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealsResource {
    private static final Set<String> STATUSES = Set.of("pending", "upheld", "reversed", "all");

    @Inject
    Appeals appeals;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    @Inject
    AuditStore audit;

    @POST
    @RolesAllowed({"teen", "adult"})
    public Response file(AppealRequest request) {
        return Response.status(Response.Status.CREATED).entity(appeals.file(request, caller.sessionId())).build();
    }

    /** The appellant's own appeal: its status and, once reviewed, the outcome and why. */
    @GET
    @Path("{id}/status")
    @RolesAllowed({"teen", "adult"})
    public AppealStatus status(@PathParam("id") String id) {
        var appeal = appeals.find(id);
        if (!appeal.sessionId().equals(caller.sessionId())) {
            throw new AppealNotFound();
        }
        return AppealStatus.of(appeal);
    }

    @GET
    @RolesAllowed({"moderator", "admin"})
    public List<Appeal> list(@QueryParam("status") @DefaultValue("pending") String status) {
        if (!STATUSES.contains(status)) {
            throw ProblemException.invalidField("status", "pending, upheld, reversed or all");
        }
        return appeals.list("all".equals(status) ? null : status);
    }

    @POST
    @Path("{id}/decisions")
    @RolesAllowed({"moderator", "admin"})
    public Response review(@PathParam("id") String id, ReviewRequest request) {
        var reviewer = Actors.of(token);
        var reviewed = appeals.review(id, request, reviewer);
        var review = reviewed.review();
        audit.record(reviewer, "appeal-decided", id, "outcome", review.outcome(), "statementId",
                reviewed.statementId(), "liftedSanctions", String.join(" ", review.liftedSanctions()));
        return Response.status(Response.Status.CREATED).entity(reviewed).build();
    }
}
