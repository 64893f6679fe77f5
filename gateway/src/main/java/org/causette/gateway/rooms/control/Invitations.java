package org.causette.gateway.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.kit.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.causette.gateway.blocks.control.BlockList;
import org.causette.gateway.ratelimit.control.RateLimits;
import org.causette.gateway.routing.control.RoomsClient;
import org.causette.gateway.sanctions.control.SanctionBook;
import org.causette.gateway.sessions.control.SessionStore;
import org.causette.gateway.security.entity.Identity;
import org.causette.kit.problems.ProblemException;

/**
 * Inviting a session into a private room. The gateway owns sessions and blocks, so it finds the invitee and refuses
 * blocked pairs; the wall is checked here first (an invitee of the other bracket is answered like an unknown
 * id, and nothing about the room is looked at) and decided again by rooms-service, which also checks that the caller owns the room.
 */
@ApplicationScoped
public class Invitations {
    private static final int MAX_SESSION_ID = 64;

    @Inject
    RateLimits limits;

    @Inject
    SanctionBook sanctions;

    @Inject
    SessionStore sessions;

    @Inject
    BlockList blocks;

    @Inject
    RoomsClient rooms;

    public JsonObject invite(Identity caller, String roomId, JsonObject body) {
        var value = body.get("sessionId");
        if (!(value instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > MAX_SESSION_ID) {
            throw ProblemException.invalidField("sessionId", "the id of the session to invite.");
        }
        var inviteeId = s.getString();
        if (inviteeId.equals(caller.subject())) {
            throw ProblemException.invalidField("sessionId", "invite someone else than yourself.");
        }
        limits.invitation(caller.subject());
        sanctions.checkMaySend(caller.subject());
        var invitee = sessions.activeWithin(inviteeId, caller.bracket())
                .orElseThrow(() -> ProblemException.notFound("That session"));
        if (blocks.eitherBlocked(caller.subject(), invitee.id())) {
            throw ProblemException.forbidden("blocked", "This person cannot be reached.");
        }
        return rooms.invite(caller.bearer(), roomId, Jsons.createObjectBuilder().add("sessionId", invitee.id())
                .add("nickname", invitee.nickname()).add("bracket", invitee.bracket().name()).build());
    }
}
