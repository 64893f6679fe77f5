package org.causette.gateway.routing.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RoomsClient {
    String AUTH = "Authorization";

    @GET
    @Path("rooms")
    JsonArray rooms(@HeaderParam(AUTH) String bearer);

    @POST
    @Path("rooms")
    JsonObject create(@HeaderParam(AUTH) String bearer, JsonObject room);

    @PUT
    @Path("rooms/{roomId}/slow-mode")
    JsonObject changeSlowMode(@HeaderParam(AUTH) String bearer, @PathParam("roomId") String roomId, JsonObject change);

    @POST
    @Path("rooms/{roomId}/invitations")
    JsonObject invite(@HeaderParam(AUTH) String bearer, @PathParam("roomId") String roomId, JsonObject invitee);

    /** Membership and slow mode for one message: 403 not-a-member, 429 rate-limited with Retry-After. */
    @POST
    @Path("rooms/{roomId}/send-permits")
    JsonObject sendPermit(@HeaderParam(AUTH) String bearer, @PathParam("roomId") String roomId, JsonObject message);

    @PUT
    @Path("rooms/{roomId}/members/me")
    JsonObject join(@HeaderParam(AUTH) String bearer, @PathParam("roomId") String roomId);

    @DELETE
    @Path("rooms/{roomId}/members/me")
    void leave(@HeaderParam(AUTH) String bearer, @PathParam("roomId") String roomId);

    @GET
    @Path("rooms/{roomId}/members/me")
    JsonObject membership(@HeaderParam(AUTH) String bearer, @PathParam("roomId") String roomId);

    @GET
    @Path("rooms/{roomId}/members")
    JsonArray members(@HeaderParam(AUTH) String bearer, @PathParam("roomId") String roomId);

    @GET
    @Path("memberships/me")
    JsonArray memberships(@HeaderParam(AUTH) String bearer);
}
