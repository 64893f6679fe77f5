package org.causette.gateway.routing.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.causette.kit.events.PipelineTrace;

@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MessagingClient {
    String AUTH = "Authorization";

    @POST
    @Path("messages")
    JsonObject submit(@HeaderParam(AUTH) String bearer, @HeaderParam(PipelineTrace.HEADER) String trace,
                      JsonObject message);

    @DELETE
    @Path("messages/{id}")
    void delete(@HeaderParam(AUTH) String bearer, @PathParam("id") String messageId);

    @GET
    @Path("rooms/{roomId}/messages")
    JsonArray roomHistory(@HeaderParam(AUTH) String bearer, @PathParam("roomId") String roomId,
                          @QueryParam("before") String before, @QueryParam("limit") Integer limit);

    @GET
    @Path("conversations/{id}/messages")
    JsonArray conversationHistory(@HeaderParam(AUTH) String bearer, @PathParam("id") String conversationId,
                                  @QueryParam("before") String before, @QueryParam("limit") Integer limit);

    @GET
    @Path("messages/{id}/context")
    JsonObject context(@HeaderParam(AUTH) String bearer, @PathParam("id") String messageId,
                       @QueryParam("room") String room, @QueryParam("conversation") String conversation,
                       @QueryParam("sentAt") String sentAt, @QueryParam("count") Integer count);

    @GET
    @Path("conversations")
    JsonArray conversations(@HeaderParam(AUTH) String bearer);

    @POST
    @Path("conversations")
    JsonObject open(@HeaderParam(AUTH) String bearer, JsonObject request);

    @POST
    @Path("conversations/{id}/accept")
    JsonObject accept(@HeaderParam(AUTH) String bearer, @PathParam("id") String conversationId);

    @DELETE
    @Path("conversations/{id}")
    void close(@HeaderParam(AUTH) String bearer, @PathParam("id") String conversationId);
}
