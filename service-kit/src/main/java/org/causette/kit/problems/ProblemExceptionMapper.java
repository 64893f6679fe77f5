package org.causette.kit.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException e) {
        var response = Response.status(e.status()).type(Problem.PROBLEM_JSON).entity(e.problem());
        e.headers().forEach(response::header);
        return response.build();
    }
}
