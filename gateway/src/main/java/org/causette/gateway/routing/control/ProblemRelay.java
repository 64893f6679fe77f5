package org.causette.gateway.routing.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.util.Map;

/** A service's refusal reaches the client as the same problem; a service failure becomes a 503 with its code. */
public class ProblemRelay implements ResponseExceptionMapper<ProblemException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public ProblemException toThrowable(Response response) {
        int status = response.getStatus();
        if (!String.valueOf(response.getMediaType()).startsWith("application/problem+json")) {
            // not one of our answers: the server is up but the application is not deployed (yet)
            return ProblemException.unavailable("A backing service is starting; try again shortly.");
        }
        try {
            response.bufferEntity();
            var problem = response.readEntity(JsonObject.class);
            var retryAfter = response.getHeaderString("Retry-After");
            var code = problem.getString("code", status >= 500 ? "unavailable" : "refused");
            return new ProblemException(status >= 500 ? 503 : status, code,
                    problem.getString("detail", "The request was refused."),
                    retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter));
        } catch (RuntimeException e) {
            return status >= 500 ? ProblemException.unavailable("A backing service could not answer; try again shortly.")
                    : new ProblemException(status, status == 404 ? "not-found" : "refused", "The request was refused.");
        }
    }
}
