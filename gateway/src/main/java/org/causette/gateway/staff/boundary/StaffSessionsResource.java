package org.causette.gateway.staff.boundary;

import jakarta.inject.Inject;
import org.causette.kit.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.causette.gateway.web.JsonBodies;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.causette.gateway.ratelimit.control.RateLimits;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.gateway.security.boundary.CurrentIdentity;
import org.causette.gateway.security.boundary.Public;
import org.causette.gateway.security.boundary.StaffOnly;
import org.causette.gateway.security.boundary.TrustedFlaggersToo;
import org.causette.gateway.staff.control.StaffTokenRevocations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.causette.gateway.security.control.TokenIssuer;
import org.causette.gateway.sessions.control.ClientAddress;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Staff log in with real accounts; moderation-service checks the password, the gateway signs the token. */
@Path("staff/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffSessionsResource {

    @Inject
    ModerationClient moderation;

    @Inject
    TokenIssuer tokens;

    @Inject
    RateLimits limits;

    @Inject
    ClientAddress address;

    @Inject
    StaffTokenRevocations revocations;

    @Inject
    CurrentIdentity caller;

    @Inject
    @ConfigProperty(name = "causette.gateway.staff.ttl-minutes")
    long ttlMinutes;

    @Context
    HttpServletRequest request;

    @POST
    @Public
    public Response login(JsonValue bodyJson) {
        var body = JsonBodies.object(bodyJson);
        if (!(body.get("username") instanceof JsonString user)
                || !(body.get("password") instanceof JsonString password)) {
            throw ProblemException.invalidField("username", "username and password are required.");
        }
        limits.staffLogin(address.hashOf(request));
        var account = moderation.verifyStaff(Jsons.createObjectBuilder().add("username", user.getString())
                .add("password", password.getString()).add("origin", address.hashOf(request)).build());
        var roles = account.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
        var token = tokens.issue("staff:" + account.getString("username"), account.getString("username"), roles,
                Map.of(), Instant.now().plus(Duration.ofMinutes(ttlMinutes)));
        return Response.status(Response.Status.CREATED)
                .entity(Jsons.createObjectBuilder().add("token", token).add("roles", Jsons.createArrayBuilder(roles))
                        .build()).build();
    }

    @DELETE
    @Path("me")
    @StaffOnly
    @TrustedFlaggersToo
    @Operation(summary = "End the caller's staff token (log out): it is refused from now on, on every gateway.")
    @APIResponse(responseCode = "204", description = "ended")
    public void logout() {
        revocations.revokeToken(caller.get());
    }
}
