package org.causette.gateway.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import org.causette.kit.problems.Problem;

import java.io.IOException;
import java.util.Map;

/** Problems written by servlet filters, before JAX-RS and its mappers see the request. */
public final class ProblemResponses {
    private static final Jsonb JSONB = JsonbBuilder.create();

    private ProblemResponses() {
    }

    public static void send(HttpServletResponse response, Problem problem, Map<String, String> headers)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        headers.forEach(response::setHeader);
        response.getWriter().write(JSONB.toJson(problem));
    }

    public static void send(HttpServletResponse response, Problem problem) throws IOException {
        send(response, problem, Map.of());
    }
}
