package org.causette.gateway.stream.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.causette.gateway.blocks.control.BlockList;
import org.causette.gateway.routing.control.RoomsClient;
import org.causette.gateway.security.entity.Identity;

/**
 * What deliveries to a session need before its stream opens: its blocks and its rooms. Loaded before the upgrade
 * is answered, so that once a client sees its stream open every message to its rooms reaches it, however slow the
 * calls behind were.
 */
@ApplicationScoped
public class StreamPreparation {

    @Inject
    BlockList blocks;

    @Inject
    RoomsClient rooms;

    @Inject
    RoomPresenceIndex presence;

    public void prepare(Identity identity) {
        blocks.load(identity.subject());
        for (var membership : rooms.memberships(identity.bearer()).getValuesAs(JsonObject.class)) {
            presence.joined(membership.getString("roomId"), identity.subject());
        }
    }
}
