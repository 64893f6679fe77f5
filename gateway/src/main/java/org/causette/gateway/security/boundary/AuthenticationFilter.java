package org.causette.gateway.security.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.servlet.http.HttpServletRequest;
import org.causette.gateway.identification.control.ConnectionLog;
import org.causette.gateway.sanctions.control.SanctionBook;
import org.causette.gateway.security.control.TokenVerifier;
import org.causette.gateway.sessions.control.ClientAddress;
import org.causette.gateway.sessions.control.SessionStore;
import org.causette.gateway.staff.control.StaffTokenRevocations;
import org.causette.gateway.security.entity.Unauthenticated;
import org.causette.kit.problems.ProblemException;

/**
 * Every route needs a valid token unless marked {@link Public}; staff routes need a staff token, chat routes a
 * chatter's token of a session that is still active and not banned (a ban holds on every route, not only sends).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    TokenVerifier verifier;

    @Inject
    CurrentIdentity current;

    @Inject
    SessionStore sessions;

    @Inject
    SanctionBook sanctions;

    @Inject
    StaffTokenRevocations revocations;

    @Inject
    ConnectionLog connections;

    @Inject
    ClientAddress address;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        if (annotated(Public.class)) {
            return;
        }
        var header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Unauthenticated("Send Authorization: Bearer <token>.");
        }
        var identity = verifier.verify(header.substring(7).trim());
        var flagger = identity.groups().contains("trusted-flagger");
        if ((identity.isStaff() || flagger) && revocations.isRevoked(identity)) {
            throw new Unauthenticated("This staff token was ended or its account disabled.");
        }
        if (annotated(StaffOnly.class)) {
            if (!identity.isStaff() && !(flagger && annotated(TrustedFlaggersToo.class))) {
                throw new ProblemException(403, "forbidden", "This route is for moderators.");
            }
        } else if (annotated(TrustedFlaggersToo.class) && flagger) {
            current.set(identity);
            return;
        } else if (!identity.isChatter()) {
            throw new ProblemException(403, "forbidden", "This route is for chat sessions.");
        } else if (!sessions.isActiveWith(identity.subject(), identity.tokenId())) {
            throw new Unauthenticated("The session has ended.");
        } else if (!annotated(BannedToo.class) && sanctions.isBanned(identity.subject())) {
            throw ProblemException.forbidden("banned", "This session is banned.");
        } else {
            connections.request(identity.subject(), identity.nickname(), address.connectionOf(http),
                    address.hashOf(http));
        }
        current.set(identity);
    }

    private boolean annotated(Class<? extends java.lang.annotation.Annotation> annotation) {
        var method = resource.getResourceMethod();
        return method != null && (method.isAnnotationPresent(annotation)
                || resource.getResourceClass().isAnnotationPresent(annotation));
    }
}
