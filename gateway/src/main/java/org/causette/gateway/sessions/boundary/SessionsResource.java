package org.causette.gateway.sessions.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.causette.gateway.web.JsonBodies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.SessionEnded;
import org.causette.gateway.identification.control.ConnectionLog;
import org.causette.gateway.security.boundary.BannedToo;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.security.boundary.Public;
import org.causette.gateway.sessions.control.ClientAddress;
import org.causette.gateway.sessions.control.DeviceCookie;
import org.causette.gateway.sessions.control.SessionOpening;
import org.causette.gateway.sessions.control.SessionRenewal;
import org.causette.gateway.sessions.entity.NewSessionAnswer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.causette.gateway.sessions.control.SessionStore;
import org.causette.kit.events.EventPublisher;

import java.time.Instant;

@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @Inject
    SessionOpening opening;

    @Inject
    SessionStore sessions;

    @Inject
    SessionRenewal renewal;

    @Inject
    ClientAddress address;

    @Inject
    CurrentIdentity caller;

    @Inject
    EventPublisher events;

    @Inject
    ConnectionLog connections;

    @Inject
    DeviceCookie cookie;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Public
    @Operation(summary = "Open an anonymous session (core API). Sets the HttpOnly cookie causette_device when the "
            + "request brought none, refusals included; the Causette-Device header wins over the cookie.")
    @APIResponse(responseCode = "201", description = "{\"token\", \"session\": {\"id\", \"nickname\", \"bracket\", "
            + "\"expiresAt\", \"deviceToken\"}}")
    @APIResponse(responseCode = "400", description = "invalid-nickname, invalid-age, invalid-field, malformed-json; "
            + "nickname-rejected for a nickname passing for staff or the platform")
    @APIResponse(responseCode = "403", description = "under-minimum-age; under-age (this device was refused as under "
            + "15 in the last 30 days, or this address in the last 10 minutes); bracket-locked (this device held a "
            + "session of the other bracket in the last 30 days); banned")
    @APIResponse(responseCode = "409", description = "nickname-taken (within the bracket)")
    @APIResponse(responseCode = "422", description = "nickname-rejected")
    public Response open(JsonValue bodyJson, @HeaderParam("Causette-Device") String device,
                         @CookieParam(DeviceCookie.NAME) String deviceCookie) {
        var deviceToken = SessionOpening.deviceToken(device, deviceCookie);
        if (!SessionOpening.isDeviceToken(deviceCookie)) {
            // on refusals too: a browser refused as under 15 must come back as the same device
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.header(deviceToken));
        }
        var body = JsonBodies.object(bodyJson);
        var addressHash = address.hashOf(request);
        var answer = opening.open(body, deviceToken, addressHash);
        var session = answer.session();
        connections.observed(session.id(), session.nickname(),
                sessions.find(session.id()).map(s -> s.deviceHash()).orElse(null), "session-opened",
                address.connectionOf(request), addressHash);
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }

    @POST
    @Path("me/renewal")
    @Operation(summary = "Renew the caller's session before it expires: a new token and expiresAt (now + the session "
            + "lifetime), same session id, nickname, rooms and conversations. The old token keeps working for 30 s "
            + "(causette.gateway.session.renewal-grace-seconds), then is refused; streams opened with it are closed "
            + "then (close code 4001 token-renewed): reopen them with the new token.")
    @APIResponse(responseCode = "200", description = "{\"token\", \"session\": {\"id\", \"nickname\", \"bracket\", "
            + "\"expiresAt\"}} (no deviceToken: keep the one you have)")
    @APIResponse(responseCode = "401", description = "unauthenticated: expired, ended, or already renewed token")
    @APIResponse(responseCode = "403", description = "banned")
    @APIResponse(responseCode = "429", description = "rate-limited (30 renewals an hour by default)")
    public NewSessionAnswer renew() {
        return renewal.renew(caller.get());
    }

    @DELETE
    @Path("me")
    @BannedToo
    public void end() {
        var sessionId = caller.get().subject();
        sessions.end(sessionId);
        connections.forget(sessionId);
        var ended = new SessionEnded(Events.newId(), Instant.now(), sessionId);
        events.toTopic(Destinations.PLATFORM_EVENTS, ended, sessionId);
        events.toTopic(Destinations.GATEWAY_EVENTS, ended, sessionId);
    }
}
