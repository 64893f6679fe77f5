package org.causette.moderation.staff.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.moderation.staff.control.StaffLogin;
import org.causette.moderation.staff.entity.StaffCredentials;
import org.causette.moderation.staff.entity.StaffIdentity;

/** Service only: the gateway checks a staff login here (with its service token), then signs the staff token itself. */
@Path("staff/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("service")
public class StaffSessionsResource {

    @Inject
    StaffLogin login;

    @POST
    @Path("verify")
    public StaffIdentity verify(@Valid @NotNull StaffCredentials credentials) {
        return login.verify(credentials);
    }
}
