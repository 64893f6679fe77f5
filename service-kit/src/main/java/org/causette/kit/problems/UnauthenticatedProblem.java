package org.causette.kit.problems;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Liberty's MicroProfile JWT authentication refuses a missing or invalid token with an empty 401 (no exception an
 * ExceptionMapper could turn into a problem): this gives that answer the problem body every other refusal has.
 */
@Provider
public class UnauthenticatedProblem implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 401 && !response.hasEntity()) {
            response.setEntity(Problem.of(401, "unauthenticated", "A valid token is required."), null,
                    Problem.PROBLEM_JSON);
        }
    }
}
