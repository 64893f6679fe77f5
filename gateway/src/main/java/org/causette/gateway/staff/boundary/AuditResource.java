package org.causette.gateway.staff.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.QueryParam;
import org.causette.kit.problems.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.security.boundary.StaffOnly;

/** Checks the hash chain of the staff audit log; administrators read its entries. */
@Path("moderation/audit")
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    ModerationClient moderation;

    @GET
    @Path("verify")
    public JsonObject verify() {
        return moderation.verifyAudit(caller.get().bearer());
    }

    /** Entries after sequence number {@code after} (default 0), oldest first, {@code limit} 1 to 1000 (default 100). */
    @GET
    public JsonArray entries(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        return moderation.audit(caller.get().bearer(), number("after", after, 0, 0, Long.MAX_VALUE),
                (int) number("limit", limit, 100, 1, 1000));
    }

    private static long number(String name, String value, long absent, long min, long max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidField(name, "an integer from " + min + " to " + max);
    }
}
