package org.causette.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Audience;
import org.causette.rooms.entity.Member;

/** Joining and leaving, with the presence events that go with them. */
@ApplicationScoped
public class Presence {

    @Inject
    RoomStore store;

    @Inject
    PresencePublisher publisher;

    @Inject
    PrivateRooms privateRooms;

    @Inject
    JoinWaves joinWaves;

    public void join(String roomId, Audience bracket, Member member) {
        if (store.join(roomId, bracket, member)) {
            publisher.joined(roomId, bracket, member);
            joinWaves.afterJoin(roomId, bracket);
        }
    }

    public void leave(String roomId, String sessionId) {
        var audience = store.audienceOf(roomId);
        store.leave(roomId, sessionId).ifPresent(m -> {
            publisher.left(roomId, audience, m);
            privateRooms.afterLeave(roomId);
        });
    }

    public void leaveAll(String sessionId) {
        store.membershipsOf(sessionId).forEach(m -> leave(m.roomId(), sessionId));
    }
}
