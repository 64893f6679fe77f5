package org.causette.gateway.blocks.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.causette.gateway.web.JsonBodies;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.SessionBlocked;
import org.causette.gateway.blocks.control.BlockList;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.sessions.control.SessionStore;
import org.causette.kit.events.EventPublisher;
import org.causette.kit.problems.ProblemException;

import java.time.Instant;

@Path("blocks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BlocksResource {

    @Inject
    CurrentIdentity caller;

    @Inject
    BlockList blocks;

    @Inject
    SessionStore sessions;

    @Inject
    EventPublisher events;

    @POST
    public void block(JsonValue bodyJson) {
        var body = JsonBodies.object(bodyJson);
        var target = body.get("sessionId");
        if (!(target instanceof JsonString s) || s.getString().isBlank()
                || s.getString().equals(caller.get().subject())) {
            throw ProblemException.invalidField("sessionId", "the session to block (not your own).");
        }
        sessions.findWithin(s.getString(), caller.get().bracket())
                .orElseThrow(() -> ProblemException.notFound("That session"));
        blocks.block(caller.get().subject(), s.getString());
        announce(s.getString(), true);
    }

    @DELETE
    @Path("{sessionId}")
    public void unblock(@PathParam("sessionId") String sessionId) {
        blocks.unblock(caller.get().subject(), sessionId);
        announce(sessionId, false);
    }

    private void announce(String blocked, boolean active) {
        events.toTopic(Destinations.GATEWAY_EVENTS, new SessionBlocked(Events.newId(), Instant.now(),
                caller.get().subject(), blocked, active), caller.get().subject());
    }
}
