package org.causette.gateway.messages.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.gateway.routing.control.MessagingClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "messages", description = "A member's own messages.")
public class MessagesResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    MessagingClient messaging;

    @DELETE
    @Path("{messageId}")
    @Operation(summary = "Delete one of the caller's messages: every member present gets a removed event "
            + "(by author), and history no longer lists it.")
    @APIResponse(responseCode = "204", description = "deleted (also when it already was)")
    @APIResponse(responseCode = "403", description = "not-author, banned")
    @APIResponse(responseCode = "404", description = "not-found")
    public void delete(@PathParam("messageId") String messageId) {
        messaging.delete(caller.get().bearer(), messageId);
    }
}
