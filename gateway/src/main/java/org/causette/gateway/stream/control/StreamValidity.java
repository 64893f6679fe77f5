package org.causette.gateway.stream.control;

import jakarta.websocket.CloseReason;
import org.causette.gateway.security.entity.Identity;
import org.causette.gateway.sessions.entity.ChatSession;

import java.time.Instant;
import java.util.Optional;

/** Whether an open stream's token still holds: not expired, its session active, the token still the session's. */
public final class StreamValidity {
    private StreamValidity() {
    }

    /** @return why the stream must close now, or empty while its token is good */
    public static Optional<CloseReason> check(Identity identity, Optional<ChatSession> activeSession, Instant now) {
        if (!identity.expiresAt().isAfter(now)) {
            return Optional.of(StreamCloses.TOKEN_EXPIRED);
        }
        if (activeSession.isEmpty()) {
            return Optional.of(StreamCloses.SESSION_ENDED);
        }
        if (!activeSession.get().acceptsToken(identity.tokenId(), now)) {
            return Optional.of(StreamCloses.TOKEN_RENEWED);
        }
        return Optional.empty();
    }
}
