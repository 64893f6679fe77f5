package org.causette.rooms.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.kit.security.Caller;
import org.causette.rooms.control.Presence;
import org.causette.rooms.control.RoomStore;
import org.causette.rooms.entity.Member;
import org.causette.rooms.entity.Membership;
import org.causette.rooms.entity.Room;

import java.util.List;

@Path("rooms")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"teen", "adult"})
public class RoomsResource {

    @Inject
    RoomStore rooms;

    @Inject
    Presence presence;

    @Inject
    Caller caller;

    @GET
    public List<Room> visible() {
        return rooms.visibleTo(caller.bracket());
    }

    @PUT
    @Path("{roomId}/members/me")
    public Membership join(@PathParam("roomId") String roomId) {
        presence.join(roomId, caller.bracket(),
                new Member(caller.sessionId(), caller.nickname(), caller.gender(), caller.region()));
        return rooms.membership(roomId, caller.sessionId());
    }

    @DELETE
    @Path("{roomId}/members/me")
    public void leave(@PathParam("roomId") String roomId) {
        presence.leave(roomId, caller.sessionId());
    }

    @GET
    @Path("{roomId}/members/me")
    public Membership membership(@PathParam("roomId") String roomId) {
        return rooms.membership(roomId, caller.sessionId());
    }

    @GET
    @Path("{roomId}/members")
    public List<Member> members(@PathParam("roomId") String roomId) {
        return rooms.membersSeenBy(roomId, caller.sessionId());
    }
}
