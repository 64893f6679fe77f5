package org.causette.moderation;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.causette.kit.problems.Problem;

/** A token without the role a route needs (an anonymous session on a staff route) is 403 {@code forbidden}. */
@Provider
public class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {
    @Override
    public Response toResponse(ForbiddenException e) {
        return Problem.of(403, "forbidden", "This route is not open to your role.").toResponse();
    }
}
