package org.causette.moderation.staff.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.moderation.audit.control.Actors;
import org.causette.moderation.audit.control.AuditStore;
import org.causette.moderation.staff.control.StaffAccounts;
import org.causette.moderation.staff.control.StaffLogin;
import org.causette.moderation.staff.entity.NewStaffAccount;
import org.causette.moderation.staff.entity.StaffMember;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/** Administrators manage staff accounts, trusted flaggers included. */
@Path("staff/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class StaffAccountsResource {

    @Inject
    StaffAccounts accounts;

    @Inject
    AuditStore audit;

    @Inject
    JsonWebToken token;

    @POST
    public Response create(NewStaffAccount request) {
        var member = accounts.create(request);
        audit.record(Actors.of(token), "staff-account-created", member.username(), "roles",
                String.join(" ", member.roles()));
        return Response.status(Response.Status.CREATED).entity(member).build();
    }

    @DELETE
    @Path("{username}")
    public void disable(@PathParam("username") String username) {
        accounts.disable(username);
        audit.record(Actors.of(token), "staff-account-disabled", StaffLogin.normalize(username));
    }

    @GET
    public List<StaffMember> list() {
        return accounts.list();
    }
}
