package org.causette.gateway.routing.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Produces(MediaType.APPLICATION_JSON)
public interface RoomsClient {
    String AUTH = "Authorization";

    @GET
    @Path("rooms")
    JsonArray rooms(@HeaderParam(AUTH) String bearer);

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
