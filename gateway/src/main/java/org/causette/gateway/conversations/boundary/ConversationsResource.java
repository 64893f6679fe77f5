package org.causette.gateway.conversations.boundary;

import jakarta.inject.Inject;
import org.causette.kit.json.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.causette.gateway.web.JsonBodies;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.gateway.blocks.control.BlockList;
import org.causette.gateway.messages.control.MessageSubmission;
import org.causette.gateway.messages.entity.MessageRequest;
import org.causette.gateway.ratelimit.control.RateLimits;
import org.causette.gateway.rooms.boundary.Limits;
import org.causette.gateway.routing.control.MessagingClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.sessions.control.SessionStore;
import org.causette.kit.problems.ProblemException;

@Path("conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConversationsResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    MessagingClient messaging;

    @Inject
    SessionStore sessions;

    @Inject
    BlockList blocks;

    @Inject
    RateLimits limits;

    @Inject
    MessageSubmission submission;

    @GET
    public JsonArray mine() {
        return messaging.conversations(caller.get().bearer());
    }

    @POST
    public Response open(JsonValue bodyJson) {
        var body = JsonBodies.object(bodyJson);
        var me = caller.get();
        var peerId = body.get("peer");
        if (!(peerId instanceof JsonString s) || s.getString().isBlank()) {
            throw ProblemException.invalidField("peer", "the session id of the person to talk to.");
        }
        limits.conversationRequest(me.subject());
        var peer = sessions.activeWithin(s.getString(), me.bracket()).orElseThrow(() -> ProblemException.notFound("That session"));
        if (blocks.eitherBlocked(me.subject(), peer.id())) {
            throw ProblemException.forbidden("blocked", "This person cannot be reached.");
        }
        var answer = messaging.open(me.bearer(), Jsons.createObjectBuilder().add("peer", Jsons.createObjectBuilder()
                .add("sessionId", peer.id()).add("nickname", peer.nickname()).add("bracket", peer.bracket().name()))
                .build());
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }

    @POST
    @Path("{id}/accept")
    public JsonObject accept(@PathParam("id") String id) {
        return messaging.accept(caller.get().bearer(), id);
    }

    @DELETE
    @Path("{id}")
    public void decline(@PathParam("id") String id) {
        messaging.close(caller.get().bearer(), id);
    }

    @GET
    @Path("{id}/messages")
    public JsonArray history(@PathParam("id") String id, @QueryParam("before") String before,
                             @QueryParam("limit") String limit) {
        return messaging.conversationHistory(caller.get().bearer(), id, before, Limits.parse(limit));
    }

    @POST
    @Path("{id}/messages")
    public Response send(@PathParam("id") String id, MessageRequest message) {
        return Response.accepted(submission.toConversation(caller.get(), id, message)).build();
    }
}
