package org.causette.gateway.routing.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ModerationClient {
    String AUTH = "Authorization";

    @POST
    @Path("verdicts")
    JsonObject verdict(JsonObject request);

    @POST
    @Path("staff/sessions/verify")
    JsonObject verifyStaff(JsonObject credentials);

    @POST
    @Path("reports")
    JsonObject report(@HeaderParam(AUTH) String bearer, JsonObject report);

    @GET
    @Path("cases")
    JsonArray cases(@HeaderParam(AUTH) String bearer, @QueryParam("status") String status);

    @GET
    @Path("cases/{id}")
    JsonObject caseFile(@HeaderParam(AUTH) String bearer, @PathParam("id") String caseId);

    @POST
    @Path("cases/{id}/decisions")
    JsonObject decide(@HeaderParam(AUTH) String bearer, @PathParam("id") String caseId, JsonObject decision);

    @GET
    @Path("statements/{id}")
    JsonObject statement(@PathParam("id") String statementId);

    @GET
    @Path("sanctions/active")
    JsonArray activeSanctions();

    @POST
    @Path("appeals")
    JsonObject appeal(@HeaderParam(AUTH) String bearer, JsonObject appeal);

    @GET
    @Path("appeals/{id}/status")
    JsonObject appealStatus(@HeaderParam(AUTH) String bearer, @PathParam("id") String appealId);

    @GET
    @Path("appeals")
    JsonArray appeals(@HeaderParam(AUTH) String bearer, @QueryParam("status") String status);

    @POST
    @Path("appeals/{id}/decisions")
    JsonObject decideAppeal(@HeaderParam(AUTH) String bearer, @PathParam("id") String appealId, JsonObject review);

    @GET
    @Path("transparency")
    JsonObject transparency(@HeaderParam(AUTH) String bearer, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("format") String format);

    @GET
    @Path("transparency")
    @Produces("text/csv")
    String transparencyCsv(@HeaderParam(AUTH) String bearer, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("format") String format);

    @GET
    @Path("audit/verify")
    JsonObject verifyAudit(@HeaderParam(AUTH) String bearer);

    @GET
    @Path("audit")
    JsonArray audit(@HeaderParam(AUTH) String bearer, @QueryParam("after") long after, @QueryParam("limit") int limit);

    @POST
    @Path("cases/{id}/emergency")
    JsonObject flagEmergency(@HeaderParam(AUTH) String bearer, @PathParam("id") String caseId, JsonObject flag);

    @GET
    @Path("cases/{id}/evidence")
    JsonObject evidence(@HeaderParam(AUTH) String bearer, @PathParam("id") String caseId);

    @POST
    @Path("legal-holds")
    JsonObject placeHold(@HeaderParam(AUTH) String bearer, JsonObject hold);

    @GET
    @Path("legal-holds")
    JsonArray holds(@HeaderParam(AUTH) String bearer, @QueryParam("status") String status);

    @GET
    @Path("legal-holds/{id}")
    JsonObject hold(@HeaderParam(AUTH) String bearer, @PathParam("id") String holdId);

    @DELETE
    @Path("legal-holds/{id}")
    JsonObject releaseHold(@HeaderParam(AUTH) String bearer, @PathParam("id") String holdId);

    @POST
    @Path("staff/accounts")
    JsonObject createStaff(@HeaderParam(AUTH) String bearer, JsonObject account);

    @GET
    @Path("staff/accounts")
    JsonArray staff(@HeaderParam(AUTH) String bearer);

    @DELETE
    @Path("staff/accounts/{username}")
    void disableStaff(@HeaderParam(AUTH) String bearer, @PathParam("username") String username);
}
