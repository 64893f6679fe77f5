package org.causette.gateway.tickets.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.gateway.ratelimit.control.RateLimiter;
import org.causette.gateway.sanctions.control.SanctionBook;
import org.causette.gateway.security.entity.Identity;
import org.causette.gateway.tickets.entity.StreamTicket;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** A ticket for a chatter whose session may open a stream: not banned, and not asking faster than streams reopen. */
@ApplicationScoped
public class TicketIssuing {

    @Inject
    TicketStore tickets;

    @Inject
    SanctionBook sanctions;

    @Inject
    @ConfigProperty(name = "causette.gateway.rate.stream-tickets-per-minute")
    int perMinute;

    private RateLimiter limiter;

    @PostConstruct
    void init() {
        limiter = new RateLimiter(perMinute, Duration.ofMinutes(1));
    }

    public StreamTicket issue(Identity caller) {
        if (sanctions.isBanned(caller.subject())) {
            throw ProblemException.forbidden("banned", "This session is banned.");
        }
        limiter.acquire(caller.subject());
        return tickets.issue(caller);
    }
}
