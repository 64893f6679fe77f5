package org.causette.gateway.rooms.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.causette.gateway.rooms.control.Invitations;
import org.causette.gateway.rooms.control.RoomCreation;
import org.causette.gateway.rooms.control.SlowModeChange;
import org.causette.gateway.routing.control.MessagingClient;
import org.causette.gateway.routing.control.RoomsClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.stream.control.RoomPresenceIndex;
import org.causette.gateway.web.JsonBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rooms", description = "Public rooms of the caller's bracket, and private rooms by invitation.")
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
    RoomCreation creation;

    @Inject
    Invitations invitations;

    @Inject
    RateLimits limits;

    @Inject
    RoomPresenceIndex presence;

    @GET
    @Operation(summary = "Rooms the caller may see: the public rooms of its bracket, and the private rooms it owns, "
            + "is in or is invited to.")
    public JsonArray visible() {
        return rooms.rooms(caller.get().bearer());
    }

    @POST
    @Operation(summary = "Create a private room (kind private, audience = the caller's bracket, fixed forever); the "
            + "caller owns it and is its first member.")
    @RequestBody(description = "{\"name\": \"2 to 40 characters\", \"topic\": \"optional, up to 120\"}")
    @APIResponse(responseCode = "201", description = "the room, as in GET /rooms, with ownerSessionId")
    @APIResponse(responseCode = "400", description = "invalid-field (name or topic), malformed-json")
    @APIResponse(responseCode = "403", description = "muted, banned")
    @APIResponse(responseCode = "409", description = "too-many-rooms (3 open private rooms per session by default)")
    @APIResponse(responseCode = "422", description = "room-name-rejected or room-topic-rejected by moderation")
    @APIResponse(responseCode = "429", description = "rate-limited (10 creations an hour by default)")
    public Response create(JsonValue body) {
        var room = creation.create(caller.get(), JsonBodies.object(body));
        presence.joined(room.getString("id"), caller.get().subject());
        return Response.status(Response.Status.CREATED).entity(room).build();
    }

    @PATCH
    @Path("{roomId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Set the slow mode of a private room the caller owns.")
    @RequestBody(description = "{\"slowModeSeconds\": 0 to 3600} (0 turns slow mode off)")
    @APIResponse(responseCode = "200", description = "the room")
    @APIResponse(responseCode = "400", description = "invalid-field")
    @APIResponse(responseCode = "403", description = "not-room-owner (also for public rooms)")
    @APIResponse(responseCode = "404", description = "not-found (also a private room the caller has no part in)")
    public JsonObject change(@PathParam("roomId") String roomId, JsonValue body) {
        var room = rooms.changeSlowMode(caller.get().bearer(), roomId, SlowModeChange.of(JsonBodies.object(body)));
        submission.forgetRoom(roomId);
        return room;
    }

    @POST
    @Path("{roomId}/invitations")
    @Operation(summary = "Invite a session of the caller's bracket into a private room the caller owns; the invitee "
            + "gets an invitation event on its stream and may then join.")
    @RequestBody(description = "{\"sessionId\": \"…\"}")
    @APIResponse(responseCode = "201", description = "{\"roomId\", \"sessionId\", \"status\": \"invited\"}")
    @APIResponse(responseCode = "400", description = "invalid-field (missing, or the caller itself)")
    @APIResponse(responseCode = "403", description = "audience-mismatch, blocked, not-room-owner, muted, banned")
    @APIResponse(responseCode = "404", description = "not-found (room or session)")
    @APIResponse(responseCode = "409", description = "too-many-invitations")
    @APIResponse(responseCode = "429", description = "rate-limited (20 invitations a minute by default)")
    public Response invite(@PathParam("roomId") String roomId, JsonValue body) {
        return Response.status(Response.Status.CREATED)
                .entity(invitations.invite(caller.get(), roomId, JsonBodies.object(body))).build();
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
    @APIResponse(responseCode = "429", description = "rate-limited with Retry-After: the session's message rate, or "
            + "the room's slow mode (one message per slowModeSeconds per member)")
    public Response send(@PathParam("roomId") String roomId, MessageRequest message) {
        return Response.accepted(submission.toRoom(caller.get(), roomId, message)).build();
    }
}
