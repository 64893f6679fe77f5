package org.causette.gateway.stream.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which rooms the sessions connected here are in: loaded when a stream opens, kept current by joins made through
 * this gateway and by presence events from every gateway.
 */
@ApplicationScoped
public class RoomPresenceIndex {
    private final Map<String, Set<String>> membersByRoom = new ConcurrentHashMap<>();

    public void joined(String roomId, String sessionId) {
        membersByRoom.computeIfAbsent(roomId, r -> ConcurrentHashMap.newKeySet()).add(sessionId);
    }

    public void left(String roomId, String sessionId) {
        membersByRoom.computeIfPresent(roomId, (r, set) -> {
            set.remove(sessionId);
            return set.isEmpty() ? null : set;
        });
    }

    public void forget(String sessionId) {
        membersByRoom.keySet().forEach(room -> left(room, sessionId));
    }

    public Set<String> membersOf(String roomId) {
        var set = membersByRoom.get(roomId);
        return set == null ? Set.of() : Set.copyOf(set);
    }

    public boolean isMember(String roomId, String sessionId) {
        var set = membersByRoom.get(roomId);
        return set != null && set.contains(sessionId);
    }
}
