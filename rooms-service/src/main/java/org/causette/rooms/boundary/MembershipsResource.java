package org.causette.rooms.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.kit.security.Caller;
import org.causette.rooms.control.RoomStore;
import org.causette.rooms.entity.Membership;

import java.util.List;

/** The caller's rooms: what a gateway loads when the caller opens a stream. */
@Path("memberships/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"teen", "adult"})
public class MembershipsResource {

    @Inject
    RoomStore rooms;

    @Inject
    Caller caller;

    @GET
    public List<Membership> mine() {
        return rooms.membershipsOf(caller.sessionId());
    }
}
