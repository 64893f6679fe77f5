package org.causette.gateway.stream.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.gateway.blocks.control.BlockList;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The streams of this gateway instance (open, or opening: registered before the upgrade is answered), by session,
 * oldest first, and the limits on them: a few per session (a newer stream replaces the oldest), a cap per client
 * address and one for the whole gateway. When a session's last stream here goes, what was loaded for its
 * deliveries (rooms, blocks) is forgotten under the same lock, so a stream of the session opening at that moment
 * never loses what its own opening loaded.
 */
@ApplicationScoped
public class StreamRegistry {
    private final Map<String, List<StreamConnection>> bySession = new ConcurrentHashMap<>();
    private final Map<String, Integer> byAddress = new HashMap<>();
    private int total;

    @Inject
    RoomPresenceIndex presence;

    @Inject
    BlockList blocks;

    @Inject
    @ConfigProperty(name = "causette.gateway.stream.max-per-session")
    int maxPerSession;

    @Inject
    @ConfigProperty(name = "causette.gateway.stream.max-per-address")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "causette.gateway.stream.max-streams")
    int maxStreams;

    public StreamRegistry() {
    }

    StreamRegistry(int maxPerSession, int maxPerAddress, int maxStreams, RoomPresenceIndex presence, BlockList blocks) {
        this.presence = presence;
        this.blocks = blocks;
        this.maxPerSession = maxPerSession;
        this.maxPerAddress = maxPerAddress;
        this.maxStreams = maxStreams;
    }

    /**
     * Before an upgrade: refuses it while the gateway or the client's address is at its cap (a handshake in flight
     * may still overshoot: {@link #add} decides).
     *
     * @throws ProblemException 503 when the gateway is full, 429 too-many-streams for the address
     */
    public synchronized void checkRoom(String addressHash) {
        if (total >= maxStreams) {
            throw new ProblemException(503, "unavailable", "The stream service is full; try again shortly.",
                    Map.of("Retry-After", "30"));
        }
        if (byAddress.getOrDefault(addressHash, 0) >= maxPerAddress) {
            throw new ProblemException(429, "too-many-streams", "Too many streams are open from this address.",
                    Map.of("Retry-After", "60"));
        }
    }

    /**
     * Registers a stream that just opened.
     *
     * @return the session's oldest stream, no longer registered, when this one makes one too many (the caller closes
     * it), or empty
     * @throws ProblemException when a cap is reached (the caller closes the new stream)
     */
    public synchronized Optional<StreamConnection> add(StreamConnection connection) {
        checkRoom(connection.addressHash());
        var streams = bySession.computeIfAbsent(connection.sessionId(), s -> new CopyOnWriteArrayList<>());
        streams.add(connection);
        byAddress.merge(connection.addressHash(), 1, Integer::sum);
        total++;
        if (streams.size() <= maxPerSession) {
            return Optional.empty();
        }
        var oldest = streams.get(0);
        remove(oldest);
        return Optional.of(oldest);
    }

    public synchronized void remove(StreamConnection connection) {
        var streams = bySession.get(connection.sessionId());
        if (streams == null || !streams.remove(connection)) {
            return;
        }
        if (streams.isEmpty()) {
            bySession.remove(connection.sessionId());
            presence.forget(connection.sessionId());
            blocks.forget(connection.sessionId());
        }
        byAddress.computeIfPresent(connection.addressHash(), (a, n) -> n == 1 ? null : n - 1);
        total--;
    }

    public Collection<StreamConnection> of(String sessionId) {
        var streams = bySession.get(sessionId);
        return streams == null ? List.of() : streams;
    }

    public boolean isConnected(String sessionId) {
        return bySession.containsKey(sessionId);
    }

    public synchronized int count() {
        return total;
    }

    public List<StreamConnection> all() {
        var all = new ArrayList<StreamConnection>();
        bySession.values().forEach(all::addAll);
        return all;
    }
}
