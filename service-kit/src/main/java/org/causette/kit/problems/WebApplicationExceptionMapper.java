package org.causette.kit.problems;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The runtime's own refusals (unknown path, wrong method, wrong media type) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Problem problem;
        if (e instanceof NotFoundException) {
            problem = Problem.of(404, "not-found", "No such resource.");
        } else if (e instanceof NotAllowedException) {
            problem = Problem.of(405, "method-not-allowed", "This method is not allowed here.");
        } else if (e instanceof NotSupportedException) {
            problem = Problem.of(415, "unsupported-media-type", "Send application/json.");
        } else if (e instanceof NotAcceptableException) {
            problem = Problem.of(406, "not-acceptable", "Only application/json is produced.");
        } else if (e instanceof jakarta.ws.rs.ForbiddenException) {
            problem = Problem.of(403, "forbidden", "This route is not for this caller.");
        } else if (e instanceof NotAuthorizedException) {
            problem = Problem.of(401, "unauthenticated", "A valid token is required.");
        } else if (status >= 500) {
            problem = Problem.of(503, "unavailable", "The service cannot answer right now.");
        } else {
            problem = status == 400 ? Problem.of(400, "malformed-json", "The body is not valid JSON.")
                    : Problem.of(status, "refused", "The request was refused.");
        }
        var response = Response.status(problem.status()).type(Problem.PROBLEM_JSON).entity(problem);
        if (e instanceof NotAllowedException) {
            response.allow(e.getResponse().getAllowedMethods());
        }
        return response.build();
    }
}
