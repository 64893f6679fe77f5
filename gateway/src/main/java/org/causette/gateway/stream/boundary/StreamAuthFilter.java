package org.causette.gateway.stream.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.causette.gateway.identification.control.ConnectionLog;
import org.causette.gateway.sanctions.control.SanctionBook;
import org.causette.gateway.security.control.TokenVerifier;
import org.causette.gateway.security.entity.Unauthenticated;
import org.causette.gateway.sessions.control.ClientAddress;
import org.causette.gateway.sessions.control.SessionStore;
import org.causette.gateway.stream.control.StreamCloses;
import org.causette.gateway.stream.control.StreamConnection;
import org.causette.gateway.stream.control.StreamHandover;
import org.causette.gateway.stream.control.StreamPreparation;
import org.causette.gateway.stream.control.StreamRegistry;
import org.causette.gateway.tickets.control.TicketSeal;
import org.causette.gateway.tickets.control.TicketStore;
import org.causette.kit.problems.Problem;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * Everything decided before the upgrade, answered as a problem when refused: the credential (a one-time ticket, or
 * the token itself), an active chatter session (401), no ban (403), room for one more stream from this address and
 * on this gateway (429, 503). Then the stream is registered (frames for it wait until it opens) and what deliveries
 * to the session need is loaded, both before the client sees its stream open.
 */
@WebFilter(urlPatterns = StreamEndpoint.PATH)
public class StreamAuthFilter extends HttpFilter {

    @Inject
    TokenVerifier verifier;

    @Inject
    TicketStore tickets;

    @Inject
    SessionStore sessions;

    @Inject
    SanctionBook sanctions;

    @Inject
    StreamRegistry registry;

    @Inject
    StreamHandover handover;

    @Inject
    StreamPreparation preparation;

    @Inject
    ConnectionLog connections;

    @Inject
    @ConfigProperty(name = "causette.gateway.stream.max-queued-frames")
    int maxQueued;

    @Inject
    ClientAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var handle = TicketSeal.newTicket();
        StreamConnection connection = null;
        try {
            var identity = verifier.verify(token(request));
            if (!identity.isChatter() || !sessions.isActiveWith(identity.subject(), identity.tokenId())) {
                throw new Unauthenticated("The session has ended.");
            }
            if (sanctions.isBanned(identity.subject())) {
                throw ProblemException.forbidden("banned", "This session is banned.");
            }
            var addressHash = address.hashOf(request);
            registry.checkRoom(addressHash);
            connections.observed(identity.subject(), identity.nickname(), null, "stream",
                    address.connectionOf(request), addressHash);
            connection = new StreamConnection(identity, addressHash, maxQueued);
            registry.add(connection).ifPresent(oldest -> oldest.close(StreamCloses.REPLACED));
            handover.put(RedactedHandshake.queryOf(handle), connection, Instant.now());
            preparation.prepare(identity);
        } catch (ProblemException e) {
            unregister(connection);
            refuse(response, e.problem(), e.headers());
            return;
        } catch (RuntimeException e) {
            unregister(connection);
            refuse(response, Problem.of(503, "unavailable", "The stream cannot be opened right now."),
                    Map.of("Retry-After", "2"));
            return;
        }
        chain.doFilter(new RedactedHandshake(request, handle), response);
    }

    private void unregister(StreamConnection connection) {
        if (connection != null) {
            registry.remove(connection);
        }
    }

    /** The ticket when there is one (spent here), else the token of {@code access_token}. */
    private String token(HttpServletRequest request) {
        var ticket = request.getParameter("ticket");
        if (ticket != null) {
            return tickets.redeem(ticket)
                    .orElseThrow(() -> new Unauthenticated("The ticket is unknown, used or expired."));
        }
        return request.getParameter("access_token");
    }

    private static void refuse(HttpServletResponse response, Problem problem, Map<String, String> headers)
            throws IOException {
        response.setStatus(problem.status());
        headers.forEach(response::setHeader);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try (var jsonb = JsonbBuilder.create()) {
            response.getWriter().write(jsonb.toJson(problem));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
