package org.causette.messaging.messages.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.kit.events.PipelineTrace;
import org.causette.kit.problems.ProblemException;
import org.causette.kit.security.Caller;
import org.causette.messaging.messages.control.Deletions;
import org.causette.messaging.messages.control.Submissions;
import org.causette.messaging.messages.entity.SubmitMessage;

/** Messages the gateway accepted from a member (202 once durably stored and handed to moderation), and deleted. */
@Path("messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"teen", "adult"})
public class MessagesResource {

    @Inject
    Submissions submissions;

    @Inject
    Deletions deletions;

    @Inject
    Caller caller;

    @POST
    public Response submit(SubmitMessage request, @HeaderParam(PipelineTrace.HEADER) String trace) {
        if (request == null) {
            throw ProblemException.invalidField("body", "is required");
        }
        PipelineTrace.begin(trace);
        PipelineTrace.stamp("messaging.in");
        try {
            return Response.accepted(submissions.submit(request, caller.asSender())).build();
        } finally {
            PipelineTrace.end();
        }
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        deletions.byAuthor(id, caller.asSender());
    }
}
