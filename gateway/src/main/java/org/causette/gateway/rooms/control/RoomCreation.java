package org.causette.gateway.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.kit.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.causette.gateway.ratelimit.control.RateLimits;
import org.causette.gateway.routing.control.RoomsClient;
import org.causette.gateway.sanctions.control.SanctionBook;
import org.causette.gateway.screening.control.NameScreening;
import org.causette.gateway.security.entity.Identity;

/**
 * A private room: form first, then the limit, then moderation of the name and topic (the path nicknames take),
 * then rooms-service, which owns the room, its audience (the creator's bracket, fixed) and the per-session limit.
 */
@ApplicationScoped
public class RoomCreation {

    @Inject
    RateLimits limits;

    @Inject
    SanctionBook sanctions;

    @Inject
    NameScreening screening;

    @Inject
    RoomsClient rooms;

    public JsonObject create(Identity caller, JsonObject body) {
        var name = RoomTexts.name(body);
        var topic = RoomTexts.topic(body);
        limits.roomCreation(caller.subject());
        sanctions.checkMaySend(caller.subject());
        screening.check(name, NameScreening.ROOM_NAME, "room-name-rejected",
                "This room name is not allowed here; choose another.");
        if (topic != null) {
            screening.check(topic, NameScreening.ROOM_NAME, "room-topic-rejected",
                    "This topic is not allowed here; write another.");
        }
        return rooms.create(caller.bearer(), Jsons.createObjectBuilder().add("name", name)
                .add("topic", topic == null ? JsonValue.NULL : Jsons.createValue(topic)).build());
    }
}
