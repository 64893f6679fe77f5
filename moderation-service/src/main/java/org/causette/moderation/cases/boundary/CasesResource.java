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
import org.causette.moderation.audit.control.Actors;
import org.causette.moderation.audit.control.AuditStore;
import org.causette.moderation.cases.control.Casework;
import org.causette.moderation.cases.entity.CaseDetail;
import org.causette.moderation.cases.entity.CaseSummary;
import org.causette.moderation.cases.entity.DecisionRequest;
import org.causette.moderation.evidence.control.EvidenceBundles;
import org.causette.moderation.evidence.entity.EmergencyFlag;
import org.causette.moderation.evidence.entity.EmergencyRequest;
import org.causette.moderation.evidence.entity.EvidenceBundle;
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

    @Inject
    AuditStore audit;

    @Inject
    EvidenceBundles evidence;

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
        var detail = casework.detail(caseId);
        audit.record(Actors.of(token), "case-viewed", caseId);
        return detail;
    }

    @POST
    @Path("{caseId}/decisions")
    public Response decide(@PathParam("caseId") String caseId, DecisionRequest request) {
        var receipt = casework.decide(caseId, request, Actors.of(token));
        for (var taken : receipt.actions()) {
            audit.record(Actors.of(token), "decision", caseId, "decisionId", receipt.id(), "action", taken.action(),
                    "ground", request.ground(), "durationMinutes",
                    taken.durationMinutes() == null ? null : taken.durationMinutes().toString());
        }
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    /** DSA Art. 18: the case suggests a threat to someone's life or safety; its evidence is kept and signed. */
    @POST
    @Path("{caseId}/emergency")
    public EmergencyFlag flagEmergency(@PathParam("caseId") String caseId, EmergencyRequest request) {
        var flag = evidence.flag(caseId, request, Actors.of(token));
        audit.record(Actors.of(token), "emergency-flagged", caseId, "flaggedBy", flag.flaggedBy());
        return flag;
    }

    @GET
    @Path("{caseId}/evidence")
    public EvidenceBundle evidence(@PathParam("caseId") String caseId) {
        var bundle = evidence.bundle(caseId, Actors.of(token));
        audit.record(Actors.of(token), "export", caseId, "kind", "evidence", "finalHash", bundle.finalHash(),
                "keyId", bundle.signature().keyId());
        return bundle;
    }
}
