package org.causette.gateway.routing.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.util.Map;

/** A service's refusal reaches the client as the same problem; a service failure becomes a 503. */
public class ProblemRelay implements ResponseExceptionMapper<ProblemException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public ProblemException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return ProblemException.unavailable("A backing service could not answer; try again shortly.");
        }
        try {
            response.bufferEntity();
            var problem = response.readEntity(JsonObject.class);
            var retryAfter = response.getHeaderString("Retry-After");
            return new ProblemException(status, problem.getString("code", "refused"),
                    problem.getString("detail", "The request was refused."),
                    retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter));
        } catch (RuntimeException e) {
            return new ProblemException(status, status == 404 ? "not-found" : "refused", "The request was refused.");
        }
    }
}
