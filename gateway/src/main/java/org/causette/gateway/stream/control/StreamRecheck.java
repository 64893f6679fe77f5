package org.causette.gateway.stream.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.gateway.sessions.control.SessionStore;
import org.causette.gateway.sessions.entity.ChatSession;

import java.time.Instant;
import java.util.HashMap;
import java.util.Optional;

/** Closes the open streams whose token no longer holds (see {@link StreamValidity}); one session read each. */
@ApplicationScoped
public class StreamRecheck {
    private static final System.Logger LOG = System.getLogger(StreamRecheck.class.getName());

    @Inject
    StreamRegistry registry;

    @Inject
    SessionStore sessions;

    public void recheck(Instant now) {
        var read = new HashMap<String, Optional<ChatSession>>();
        int closed = 0;
        for (var connection : registry.all()) {
            var session = connection.identity().expiresAt().isAfter(now)
                    ? read.computeIfAbsent(connection.sessionId(), sessions::active) : Optional.<ChatSession>empty();
            var reason = StreamValidity.check(connection.identity(), session, now);
            if (reason.isPresent()) {
                registry.remove(connection);
                connection.close(reason.get());
                closed++;
            }
        }
        if (closed > 0) {
            LOG.log(System.Logger.Level.INFO, "{0} streams closed: token no longer valid", closed);
        }
    }
}
