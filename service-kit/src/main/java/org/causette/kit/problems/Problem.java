package org.causette.kit.problems;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem with Causette's stable {@code code}. */
public record Problem(String type, String title, int status, String detail, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(int status, String code, String detail) {
        var reason = Response.Status.fromStatusCode(status);
        return new Problem("https://causette.chat/problems/" + code, reason == null ? code : reason.getReasonPhrase(),
                status, detail, code);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
