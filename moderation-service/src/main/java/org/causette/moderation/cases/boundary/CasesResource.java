package org.causette.moderation.cases.boundary;

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
import org.causette.moderation.cases.control.Casework;
import org.causette.moderation.cases.entity.CaseDetail;
import org.causette.moderation.cases.entity.CaseSummary;
import org.causette.moderation.cases.entity.DecisionRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/** The moderation queue and decisions; staff only. */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"moderator", "admin"})
public class CasesResource {

    @Inject
    Casework casework;

    @Inject
    JsonWebToken token;

    /** Open cases by priority then age; {@code status=closed} gives the latest closed ones. */
    @GET
    public List<CaseSummary> queue(@QueryParam("status") @DefaultValue("open") String status) {
        if (!"open".equals(status) && !"closed".equals(status)) {
            throw ProblemException.invalidField("status", "open or closed");
        }
        return casework.queue("open".equals(status));
    }

    @GET
    @Path("{caseId}")
    public CaseDetail detail(@PathParam("caseId") String caseId) {
        return casework.detail(caseId);
    }

    @POST
    @Path("{caseId}/decisions")
    public Response decide(@PathParam("caseId") String caseId, DecisionRequest request) {
        var receipt = casework.decide(caseId, request, staffName());
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    private String staffName() {
        var name = token.getName();
        return name == null ? token.getSubject() : name;
    }
}
