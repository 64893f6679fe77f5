package org.causette.messaging.conversations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.causette.kit.problems.ProblemException;
import org.causette.kit.security.Caller;
import org.causette.messaging.conversations.control.Conversations;
import org.causette.messaging.conversations.entity.ConversationState;
import org.causette.messaging.conversations.entity.ConversationSummary;
import org.causette.messaging.conversations.entity.OpenConversation;
import org.causette.messaging.history.control.History;
import org.causette.messaging.history.entity.ChannelKey;
import org.causette.messaging.history.entity.HistoryItem;
import org.causette.messaging.history.entity.PageRequest;

import java.util.List;

@Path("conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"teen", "adult"})
public class ConversationsResource {

    @Inject
    Conversations conversations;

    @Inject
    History history;

    @Inject
    Caller caller;

    @POST
    public Response open(OpenConversation request) {
        if (request == null) {
            throw ProblemException.invalidField("peer", "is required");
        }
        var self = caller.asSender();
        var conversation = conversations.open(self, request.validatedPeerOf(self));
        return Response.status(Response.Status.CREATED).entity(ConversationState.of(conversation)).build();
    }

    @GET
    public List<ConversationSummary> mine() {
        return conversations.of(caller.sessionId());
    }

    @POST
    @Path("{id}/accept")
    public ConversationState accept(@PathParam("id") String id) {
        return ConversationState.of(conversations.accept(id, caller.asSender()));
    }

    @DELETE
    @Path("{id}")
    public void leave(@PathParam("id") String id) {
        conversations.leave(id, caller.asSender());
    }

    @GET
    @Path("{id}/messages")
    public List<HistoryItem> messages(@PathParam("id") String id, @QueryParam("before") String before,
                                      @QueryParam("limit") String limit) {
        var page = PageRequest.of(before, limit);
        conversations.seenBy(id, caller.sessionId());
        return history.page(ChannelKey.conversation(id), page);
    }
}
