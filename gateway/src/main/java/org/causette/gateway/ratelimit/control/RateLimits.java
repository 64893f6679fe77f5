package org.causette.gateway.ratelimit.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's abuse limits, each configurable under {@code causette.gateway.rate.*}: a token bucket per key on this
 * gateway (bursts), and the same budget counted across all gateways ({@link SharedLimit}, per minute for the
 * per-second message limit).
 */
@ApplicationScoped
public class RateLimits {
    private static final Duration MIN_SHARED_WINDOW = Duration.ofMinutes(1);

    @Inject
    Config config;

    private final List<SharedLimit> shared = new ArrayList<>();

    private Limit sessionsPerAddress;
    private Limit sessionsPerDevice;
    private Limit messages;
    private Limit joins;
    private Limit conversationRequests;
    private Limit reports;
    private Limit staffLogins;
    private Limit invitations;
    private Limit roomCreations;
    private Limit renewals;

    @PostConstruct
    void init() {
        sessionsPerAddress = limiter("sessions-per-address-per-minute", Duration.ofMinutes(1));
        sessionsPerDevice = limiter("sessions-per-device-per-minute", Duration.ofMinutes(1));
        messages = limiter("messages-per-second", Duration.ofSeconds(1));
        joins = limiter("joins-per-minute", Duration.ofMinutes(1));
        conversationRequests = limiter("conversation-requests-per-minute", Duration.ofMinutes(1));
        reports = limiter("reports-per-hour", Duration.ofHours(1));
        staffLogins = limiter("staff-logins-per-minute", Duration.ofMinutes(1));
        invitations = limiter("invitations-per-minute", Duration.ofMinutes(1));
        roomCreations = limiter("room-creations-per-hour", Duration.ofHours(1));
        renewals = limiter("renewals-per-hour", Duration.ofHours(1));
    }

    private Limit limiter(String name, Duration period) {
        int capacity = config.getValue("causette.gateway.rate." + name, Integer.class);
        var window = period.compareTo(MIN_SHARED_WINDOW) < 0 ? MIN_SHARED_WINDOW : period;
        var across = new SharedLimit(name, capacity * (window.toMillis() / period.toMillis()), window,
                config.getValue("causette.gateway.rate.gateways", Integer.class), System::currentTimeMillis);
        shared.add(across);
        return new Limit(new RateLimiter(capacity, period), across);
    }

    /** The limits counted across gateways, for the sync with the shared store. */
    public List<SharedLimit> shared() {
        return List.copyOf(shared);
    }

    public void newSession(String addressHash, String deviceHash) {
        sessionsPerAddress.acquire(addressHash);
        sessionsPerDevice.acquire(deviceHash);
    }

    public void message(String sessionId) {
        messages.acquire(sessionId);
    }

    public void join(String sessionId) {
        joins.acquire(sessionId);
    }

    public void conversationRequest(String sessionId) {
        conversationRequests.acquire(sessionId);
    }

    public void report(String sessionId) {
        reports.acquire(sessionId);
    }

    public void staffLogin(String addressHash) {
        staffLogins.acquire(addressHash);
    }

    public void invitation(String sessionId) {
        invitations.acquire(sessionId);
    }

    public void roomCreation(String sessionId) {
        roomCreations.acquire(sessionId);
    }

    public void renewal(String sessionId) {
        renewals.acquire(sessionId);
    }

    private record Limit(RateLimiter here, SharedLimit everywhere) {
        void acquire(String key) {
            here.acquire(key);
            everywhere.acquire(key);
        }
    }
}
