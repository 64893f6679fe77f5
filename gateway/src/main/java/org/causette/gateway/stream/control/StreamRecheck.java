package org.causette.gateway.stream.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.gateway.sessions.control.SessionStore;
import org.causette.gateway.sessions.entity.ChatSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Optional;

/**
 * Closes the open streams silent for longer than the idle timeout, and those whose token no longer holds (see
 * {@link StreamValidity}; one session read per session); unregisters those whose upgrade never completed.
 */
@ApplicationScoped
public class StreamRecheck {
    private static final System.Logger LOG = System.getLogger(StreamRecheck.class.getName());

    @Inject
    StreamRegistry registry;

    @Inject
    SessionStore sessions;

    @Inject
    @ConfigProperty(name = "causette.gateway.stream.idle-timeout-seconds")
    int idleTimeoutSeconds;

    public void recheck(Instant now) {
        var read = new HashMap<String, Optional<ChatSession>>();
        int closed = 0;
        int idle = 0;
        var idleLimit = Duration.ofSeconds(idleTimeoutSeconds);
        var nowNanos = System.nanoTime();
        for (var connection : registry.all()) {
            if (connection.silentFor(idleLimit, nowNanos)
                    || connection.neverOpened(StreamHandover.STALE_AFTER, nowNanos)) {
                registry.remove(connection);
                connection.close(StreamCloses.IDLE);
                idle++;
                continue;
            }
            var session = connection.identity().expiresAt().isAfter(now)
                    ? read.computeIfAbsent(connection.sessionId(), sessions::active) : Optional.<ChatSession>empty();
            var reason = StreamValidity.check(connection.identity(), session, now);
            if (reason.isPresent()) {
                registry.remove(connection);
                connection.close(reason.get());
                closed++;
            }
        }
        if (closed + idle > 0) {
            LOG.log(System.Logger.Level.INFO, "streams closed: {0} idle, {1} with a token no longer valid", idle, closed);
        }
    }
}
