package org.causette.moderation.transparency.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.kit.problems.ProblemException;
import org.causette.moderation.audit.control.Actors;
import org.causette.moderation.audit.control.AuditStore;
import org.causette.moderation.transparency.control.TransparencyFacts;
import org.causette.moderation.transparency.control.TransparencyFigures;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Transparency reports (DSA Art. 15 and 24) for a period of whole days, as JSON or CSV; staff only. */
@Path("transparency")
@RolesAllowed({"moderator", "admin"})
public class TransparencyResource {
    static final String CSV = "text/csv";

    @Inject
    TransparencyFacts facts;

    @Inject
    AuditStore audit;

    @Inject
    JsonWebToken token;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") @DefaultValue("json") String format) {
        if (!"json".equals(format) && !"csv".equals(format)) {
            throw ProblemException.invalidField("format", "json or csv");
        }
        var window = TransparencyFigures.window(from, to);
        var report = TransparencyFigures.of(window, facts.notices(window), facts.decisions(window),
                facts.appeals(window));
        audit.record(Actors.of(token), "export", "transparency", "from", window.from().toString(),
                "to", window.to().toString(), "format", format);
        if ("csv".equals(format)) {
            return Response.ok(TransparencyFigures.csv(report), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"transparency-" + window.from() + "-"
                            + window.to() + ".csv\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
