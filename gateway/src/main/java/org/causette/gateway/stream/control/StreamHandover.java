package org.causette.gateway.stream.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.causette.kit.problems.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Carries the stream the upgrade filter registered (who, from which address) to the endpoint that opens it: a
 * ticket is spent by the filter, so the endpoint cannot check it again. Keyed by a hash of the handshake's query
 * string; an entry whose upgrade never completed is dropped after a while (its stream is unregistered by
 * {@link StreamRecheck}), and the whole map is bounded.
 */
@ApplicationScoped
public class StreamHandover {
    static final int MAX_WAITING = 10_000;
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private record Admitted(StreamConnection connection, Instant at) {
    }

    private final Map<String, ArrayDeque<Admitted>> waiting = new HashMap<>();
    private int size;

    /** @throws ProblemException 503 when too many handshakes are in flight */
    public synchronized void put(String queryString, StreamConnection connection, Instant now) {
        if (size >= MAX_WAITING) {
            dropStale(now);
            if (size >= MAX_WAITING) {
                throw ProblemException.unavailable("Too many streams are opening; try again shortly.");
            }
        }
        waiting.computeIfAbsent(key(queryString), k -> new ArrayDeque<>(1)).add(new Admitted(connection, now));
        size++;
    }

    public synchronized Optional<StreamConnection> take(String queryString, Instant now) {
        var key = key(queryString);
        var queue = waiting.get(key);
        Admitted admitted = null;
        while (queue != null && !queue.isEmpty() && admitted == null) {
            var next = queue.poll();
            size--;
            if (!next.at().plus(STALE_AFTER).isBefore(now)) {
                admitted = next;
            }
        }
        if (queue != null && queue.isEmpty()) {
            waiting.remove(key);
        }
        return Optional.ofNullable(admitted).map(Admitted::connection);
    }

    synchronized int size() {
        return size;
    }

    private void dropStale(Instant now) {
        var limit = now.minus(STALE_AFTER);
        var entries = waiting.values().iterator();
        while (entries.hasNext()) {
            var queue = entries.next();
            size -= queue.size();
            queue.removeIf(a -> a.at().isBefore(limit));
            size += queue.size();
            if (queue.isEmpty()) {
                entries.remove();
            }
        }
    }

    private static String key(String queryString) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(String.valueOf(queryString).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
