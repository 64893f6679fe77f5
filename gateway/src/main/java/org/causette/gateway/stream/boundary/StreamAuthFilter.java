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
import org.causette.gateway.security.control.TokenVerifier;
import org.causette.gateway.sessions.control.ClientAddress;
import org.causette.gateway.sessions.control.SessionStore;
import org.causette.gateway.stream.control.StreamPreparation;
import org.causette.kit.problems.Problem;
import org.causette.kit.problems.ProblemException;

import java.io.IOException;

/**
 * Refuses the stream with a 401 problem before the upgrade when the token is missing, bad or of an ended session;
 * otherwise prepares what deliveries to the session need, before the client sees its stream open.
 */
@WebFilter(urlPatterns = StreamEndpoint.PATH)
public class StreamAuthFilter extends HttpFilter {

    @Inject
    TokenVerifier verifier;

    @Inject
    SessionStore sessions;

    @Inject
    StreamPreparation preparation;

    @Inject
    ConnectionLog connections;

    @Inject
    ClientAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            var identity = verifier.verify(request.getParameter("access_token"));
            if (!identity.isChatter() || !sessions.isActiveWith(identity.subject(), identity.tokenId())) {
                throw new ProblemException(401, "unauthenticated", "The session has ended.");
            }
            connections.observed(identity.subject(), identity.nickname(), null, "stream",
                    address.connectionOf(request), address.hashOf(request));
            preparation.prepare(identity);
        } catch (ProblemException e) {
            refuse(response, e.problem());
            return;
        } catch (RuntimeException e) {
            refuse(response, Problem.of(503, "unavailable", "The stream cannot be opened right now."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try (var jsonb = JsonbBuilder.create()) {
            response.getWriter().write(jsonb.toJson(problem));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
