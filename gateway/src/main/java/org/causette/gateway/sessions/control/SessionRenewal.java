package org.causette.gateway.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.gateway.ratelimit.control.RateLimits;
import org.causette.gateway.sanctions.control.SanctionBook;
import org.causette.gateway.security.control.TokenIssuer;
import org.causette.gateway.security.entity.Identity;
import org.causette.gateway.security.entity.Unauthenticated;
import org.causette.gateway.sessions.entity.NewSessionAnswer;
import org.causette.gateway.sessions.entity.SessionView;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A valid session gets a new token and a new expiry (now + the session lifetime), keeping its id, nickname, rooms
 * and conversations. The old token keeps working for a short grace (requests already under way), then is refused.
 * A banned session, or one whose person is banned by device or address, is not renewed.
 */
@ApplicationScoped
public class SessionRenewal {
    private static final System.Logger LOG = System.getLogger(SessionRenewal.class.getName());

    @Inject
    SessionStore sessions;

    @Inject
    SanctionBook sanctions;

    @Inject
    RateLimits limits;

    @Inject
    TokenIssuer tokens;

    @Inject
    @ConfigProperty(name = "causette.gateway.session.ttl-minutes")
    long ttlMinutes;

    @Inject
    @ConfigProperty(name = "causette.gateway.session.renewal-grace-seconds")
    long graceSeconds;

    public NewSessionAnswer renew(Identity caller) {
        limits.renewal(caller.subject());
        var session = sessions.active(caller.subject())
                .orElseThrow(() -> new Unauthenticated("The session has ended."));
        if (session.tokenId() != null && !session.tokenId().equals(caller.tokenId())) {
            throw new Unauthenticated("This token was already renewed; use the new one.");
        }
        if (sanctions.isBanned(session.id())) {
            throw ProblemException.forbidden("banned", "This session is banned.");
        }
        sanctions.checkMayOpenSession(session.deviceHash(), session.addressHash());
        var now = Instant.now();
        var tokenId = UUID.randomUUID().toString();
        var renewed = sessions.renew(session, tokenId, now.plus(Duration.ofMinutes(ttlMinutes)),
                        now.plusSeconds(graceSeconds))
                .orElseThrow(() -> new Unauthenticated("This token was already renewed; use the new one."));
        var token = tokens.issue(renewed.id(), renewed.nickname(), List.of(renewed.bracket().name()),
                SessionOpening.claims(renewed), renewed.expiresAt(), tokenId);
        LOG.log(System.Logger.Level.INFO, "session {0} renewed", renewed.id());
        return new NewSessionAnswer(token, new SessionView(renewed.id(), renewed.nickname(), renewed.bracket(),
                renewed.expiresAt(), null));
    }
}
