package org.causette.moderation.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.causette.kit.problems.ProblemException;
import org.causette.moderation.audit.control.Actors;
import org.causette.moderation.audit.control.AuditStore;
import org.causette.moderation.audit.entity.AuditEntry;
import org.causette.moderation.audit.entity.ChainCheck;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/** The staff audit log: check its chain, or export it page by page (to check it offline with AuditVerifier). */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"moderator", "admin"})
public class AuditResource {
    static final int MAX_PAGE = 1000;

    @Inject
    AuditStore audit;

    @Inject
    JsonWebToken token;

    @GET
    @Path("verify")
    public ChainCheck verify() {
        var check = audit.verify();
        audit.record(Actors.of(token), "audit-verified", null, "valid", Boolean.toString(check.valid()),
                "entries", Long.toString(check.entries()));
        return check;
    }

    /** Entries after {@code after} (a sequence number), oldest first; admin only. */
    @GET
    @RolesAllowed("admin")
    public List<AuditEntry> export(@QueryParam("after") @DefaultValue("0") long after,
                                   @QueryParam("limit") @DefaultValue("500") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProblemException.invalidField("limit", "1 to " + MAX_PAGE);
        }
        var page = audit.page(after, limit);
        audit.record(Actors.of(token), "export", "audit", "after", Long.toString(after),
                "entries", Integer.toString(page.size()));
        return page;
    }
}
