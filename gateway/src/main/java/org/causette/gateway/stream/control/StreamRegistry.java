package org.causette.gateway.stream.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The streams open on this gateway instance, by session. */
@ApplicationScoped
public class StreamRegistry {
    private final Map<String, Set<StreamConnection>> bySession = new ConcurrentHashMap<>();

    public void add(StreamConnection connection) {
        bySession.computeIfAbsent(connection.sessionId(), s -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    public void remove(StreamConnection connection) {
        bySession.computeIfPresent(connection.sessionId(), (s, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    public Collection<StreamConnection> of(String sessionId) {
        var set = bySession.get(sessionId);
        return set == null ? List.of() : set;
    }

    public boolean isConnected(String sessionId) {
        return bySession.containsKey(sessionId);
    }

    public int count() {
        return bySession.values().stream().mapToInt(Set::size).sum();
    }
}
