package org.causette.rooms.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.kit.problems.ProblemException;
import org.causette.kit.security.Caller;
import org.causette.rooms.control.Presence;
import org.causette.rooms.control.PrivateRooms;
import org.causette.rooms.control.RoomStore;
import org.causette.rooms.control.SendPermits;
import org.causette.rooms.entity.Invitation;
import org.causette.rooms.entity.Invitee;
import org.causette.rooms.entity.Member;
import org.causette.rooms.entity.Membership;
import org.causette.rooms.entity.NewPrivateRoom;
import org.causette.rooms.entity.Room;
import org.causette.rooms.entity.SendPermitRequest;
import org.causette.rooms.entity.SlowModeChange;

import java.time.Instant;
import java.util.List;

@Path("rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"teen", "adult"})
public class RoomsResource {

    @Inject
    RoomStore rooms;

    @Inject
    PrivateRooms privateRooms;

    @Inject
    SendPermits permits;

    @Inject
    Presence presence;

    @Inject
    Caller caller;

    @GET
    public List<Room> visible() {
        privateRooms.closeAbandoned();
        return rooms.visibleTo(caller.bracket(), caller.sessionId());
    }

    @POST
    public Response create(NewPrivateRoom request) {
        return Response.status(Response.Status.CREATED)
                .entity(privateRooms.create(request, caller.asSender(), me())).build();
    }

    @PUT
    @Path("{roomId}/slow-mode")
    public Room changeSlowMode(@PathParam("roomId") String roomId, SlowModeChange change) {
        return privateRooms.changeSlowMode(roomId, caller.sessionId(), change == null ? null : change.slowModeSeconds());
    }

    @POST
    @Path("{roomId}/invitations")
    public Response invite(@PathParam("roomId") String roomId, Invitee invitee) {
        Invitation invitation = privateRooms.invite(roomId, caller.asSender(), invitee);
        return Response.status(Response.Status.CREATED).entity(invitation).build();
    }

    @PUT
    @Path("{roomId}/members/me")
    public Membership join(@PathParam("roomId") String roomId) {
        presence.join(roomId, caller.bracket(), me());
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

    /** May the caller send this message here now? Membership, then slow mode (429 with Retry-After). */
    @POST
    @Path("{roomId}/send-permits")
    public Membership sendPermit(@PathParam("roomId") String roomId, SendPermitRequest request) {
        if (request == null || request.messageId() == null || request.messageId().isBlank()) {
            throw ProblemException.invalidField("messageId", "the id of the message to send.");
        }
        var membership = rooms.membership(roomId, caller.sessionId());
        permits.claim(roomId, caller.sessionId(), request.messageId(), membership.slowModeSeconds(), Instant.now());
        return membership;
    }

    @GET
    @Path("{roomId}/members")
    public List<Member> members(@PathParam("roomId") String roomId) {
        return rooms.membersSeenBy(roomId, caller.sessionId());
    }

    private Member me() {
        return new Member(caller.sessionId(), caller.nickname(), caller.gender(), caller.region());
    }
}
