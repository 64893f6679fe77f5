package org.causette.gateway.sanctions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.causette.contracts.SessionSanctioned;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.sessions.control.SessionStore;
import org.causette.gateway.sessions.entity.ChatSession;
import org.causette.kit.problems.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The mutes and bans in force, by session and by hashed device: filled from moderation-service when this gateway
 * starts and kept current by {@code SessionSanctioned} events.
 */
@ApplicationScoped
public class SanctionBook {
    private static final System.Logger LOG = System.getLogger(SanctionBook.class.getName());
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(15);

    public record Restriction(String action, Instant until) {
        boolean inForce(Instant now) {
            return until == null || until.isAfter(now);
        }
    }

    @Inject
    ModerationClient moderation;

    @Inject
    SessionStore sessions;

    private final Map<String, Restriction> bySession = new ConcurrentHashMap<>();
    private final Map<String, Restriction> byDevice = new ConcurrentHashMap<>();
    private final Map<String, Restriction> byAddress = new ConcurrentHashMap<>();
    private final AtomicBoolean warmed = new AtomicBoolean();
    private volatile Instant nextWarmAttempt = Instant.MIN;
    private volatile Duration warmBackoff = FIRST_BACKOFF;

    public void apply(SessionSanctioned sanction) {
        if ("lift".equals(sanction.action())) {
            lift(sanction.sessionId());
        } else {
            record(sanction.sessionId(), sanction.deviceHash(), sanction.action(), sanction.until());
        }
    }

    /** An appeal reversed the sanction: the session, its device and its address are free again. */
    private void lift(String sessionId) {
        bySession.remove(sessionId);
        sessions.find(sessionId).ifPresent(s -> {
            byDevice.remove(s.deviceHash());
            byAddress.remove(s.addressHash());
        });
    }

    private void record(String sessionId, String deviceHash, String action, Instant until) {
        if (!"mute".equals(action) && !"ban".equals(action)) {
            return;
        }
        var restriction = new Restriction(action, until);
        bySession.merge(sessionId, restriction, SanctionBook::stronger);
        if ("ban".equals(action)) {
            var session = sessions.find(sessionId);
            var device = deviceHash != null ? deviceHash : session.map(ChatSession::deviceHash).orElse(null);
            if (device != null) {
                byDevice.merge(device, restriction, SanctionBook::stronger);
            }
            session.map(ChatSession::addressHash).ifPresent(a -> byAddress.merge(a, restriction, SanctionBook::stronger));
        }
    }

    /** @throws ProblemException 403 banned or muted */
    public void checkMaySend(String sessionId) {
        restriction(bySession.get(sessionId)).ifPresent(r -> {
            throw ProblemException.forbidden("ban".equals(r.action()) ? "banned" : "muted",
                    "ban".equals(r.action()) ? "This session is banned." : "This session is muted until " + r.until() + ".");
        });
    }

    /** A ban follows the person to a new session from the same device or the same (hashed) network address. */
    public void checkMayOpenSession(String deviceHash, String addressHash) {
        restriction(byDevice.get(deviceHash)).or(() -> restriction(byAddress.get(addressHash))).ifPresent(r -> {
            throw ProblemException.forbidden("banned", "A ban is in force for this person"
                    + (r.until() == null ? "." : " until " + r.until() + "."));
        });
    }

    public boolean isBanned(String sessionId) {
        return restriction(bySession.get(sessionId)).filter(r -> "ban".equals(r.action())).isPresent();
    }

    private Optional<Restriction> restriction(Restriction r) {
        warm();
        return Optional.ofNullable(r).filter(x -> x.inForce(Instant.now()));
    }

    /** Until the first load succeeds, retried with a growing pause, not on every check (moderation may be down). */
    private void warm() {
        if (warmed.get() || Instant.now().isBefore(nextWarmAttempt)) {
            return;
        }
        try {
            for (var s : moderation.activeSanctions().getValuesAs(JsonObject.class)) {
                record(s.getString("sessionId"), s.getString("deviceHash", null), s.getString("action"),
                        s.isNull("until") || !s.containsKey("until") ? null : Instant.parse(s.getString("until")));
            }
            warmed.set(true);
        } catch (RuntimeException e) {
            nextWarmAttempt = Instant.now().plus(warmBackoff);
            var doubled = warmBackoff.multipliedBy(2);
            warmBackoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
            LOG.log(System.Logger.Level.WARNING, "sanctions not loaded yet ({0}); next attempt at {1}",
                    e.getClass().getSimpleName(), nextWarmAttempt);
        }
    }

    private static Restriction stronger(Restriction a, Restriction b) {
        if (!a.action().equals(b.action())) {
            return "ban".equals(a.action()) ? a : b;
        }
        if (a.until() == null || b.until() == null) {
            return a.until() == null ? a : b;
        }
        return a.until().isAfter(b.until()) ? a : b;
    }
}
