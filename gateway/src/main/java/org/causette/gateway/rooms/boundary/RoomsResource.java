package org.causette.gateway.rooms.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.gateway.messages.control.MessageSubmission;
import org.causette.gateway.messages.entity.MessageRequest;
import org.causette.gateway.ratelimit.control.RateLimits;
import org.causette.gateway.routing.control.MessagingClient;
import org.causette.gateway.routing.control.RoomsClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.stream.control.RoomPresenceIndex;

@Path("rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomsResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    RoomsClient rooms;

    @Inject
    MessagingClient messaging;

    @Inject
    MessageSubmission submission;

    @Inject
    RateLimits limits;

    @Inject
    RoomPresenceIndex presence;

    @GET
    public JsonArray visible() {
        return rooms.rooms(caller.get().bearer());
    }

    @PUT
    @Path("{roomId}/members/me")
    public JsonObject join(@PathParam("roomId") String roomId) {
        limits.join(caller.get().subject());
        var membership = rooms.join(caller.get().bearer(), roomId);
        presence.joined(roomId, caller.get().subject());
        return membership;
    }

    @DELETE
    @Path("{roomId}/members/me")
    public void leave(@PathParam("roomId") String roomId) {
        rooms.leave(caller.get().bearer(), roomId);
        presence.left(roomId, caller.get().subject());
    }

    @GET
    @Path("{roomId}/members")
    public JsonArray members(@PathParam("roomId") String roomId) {
        return rooms.members(caller.get().bearer(), roomId);
    }

    @GET
    @Path("{roomId}/messages")
    public JsonArray history(@PathParam("roomId") String roomId, @QueryParam("before") String before,
                             @QueryParam("limit") String limit) {
        rooms.membership(caller.get().bearer(), roomId);
        return messaging.roomHistory(caller.get().bearer(), roomId, before, Limits.parse(limit));
    }

    @POST
    @Path("{roomId}/messages")
    public Response send(@PathParam("roomId") String roomId, MessageRequest message) {
        return Response.accepted(submission.toRoom(caller.get(), roomId, message)).build();
    }
}
