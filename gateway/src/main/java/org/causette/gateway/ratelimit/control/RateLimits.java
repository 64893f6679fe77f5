package org.causette.gateway.ratelimit.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;

/** The platform's abuse limits, each configurable under {@code causette.gateway.rate.*}. */
@ApplicationScoped
public class RateLimits {

    @Inject
    Config config;

    private RateLimiter sessionsPerAddress;
    private RateLimiter sessionsPerDevice;
    private RateLimiter messages;
    private RateLimiter joins;
    private RateLimiter conversationRequests;
    private RateLimiter reports;
    private RateLimiter staffLogins;
    private RateLimiter invitations;
    private RateLimiter roomCreations;
    private RateLimiter renewals;

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

    private RateLimiter limiter(String name, Duration period) {
        return new RateLimiter(config.getValue("causette.gateway.rate." + name, Integer.class), period);
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
}
