package org.causette.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.causette.kit.problems.Problem;

import java.io.IOException;
import java.util.Map;

/**
 * The first filter of every public request: sheds load, refuses unknown methods, malformed paths and queries, and
 * checks API bodies (size, readability, JSON content type, nesting depth) before anything parses them. Every refusal
 * is a 4xx problem (503 when shedding), and nothing is kept once the request is answered.
 */
public class RequestGuard extends HttpFilter {
    public static final int MAX_BODY = 64 * 1024;
    public static final int MAX_JSON_DEPTH = 32;
    private static final String RETRY_AFTER_SECONDS = "2";

    private final Admission admission;

    public RequestGuard(Admission admission) {
        this.admission = admission;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var refusal = RequestLine.refusal(request.getMethod(), request.getRequestURI(), request.getQueryString());
        if (refusal.isPresent()) {
            refuse(response, refusal.get().problem());
            return;
        }
        if (!admission.tryAdmit()) {
            ProblemResponses.send(response, Problem.of(503, "overloaded", "The gateway is busy; try again shortly."),
                    Map.of("Retry-After", RETRY_AFTER_SECONDS));
            return;
        }
        try {
            var checked = request.getRequestURI().startsWith("/api/") ? withCheckedBody(request, response) : request;
            if (checked != null) {
                chain.doFilter(checked, response);
            }
        } finally {
            admission.release();
        }
    }

    /** The request with its body read and checked, or null once refused. */
    private static HttpServletRequest withCheckedBody(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long declared = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (declared > MAX_BODY) {
            refuse(response, Problem.of(413, "payload-too-large", "A request body has at most 64 KiB."));
            return null;
        }
        if (declared <= 0 && !chunked) {
            return request;
        }
        var contentType = request.getContentType();
        if (contentType == null || !RequestLine.isJsonContentType(contentType)) {
            refuse(response, Problem.of(415, "unsupported-media-type", "Send application/json in UTF-8."));
            return null;
        }
        byte[] body;
        try {
            body = request.getInputStream().readNBytes(MAX_BODY + 1);
        } catch (IOException | RuntimeException e) {
            refuse(response, Problem.of(400, "malformed-body", "The request body could not be read."));
            return null;
        }
        if (body.length > MAX_BODY) {
            refuse(response, Problem.of(413, "payload-too-large", "A request body has at most 64 KiB."));
            return null;
        }
        if (JsonDepth.exceeds(body, body.length, MAX_JSON_DEPTH)) {
            refuse(response, Problem.of(400, "malformed-json", "The body nests deeper than " + MAX_JSON_DEPTH + " levels."));
            return null;
        }
        return new BufferedRequest(request, body);
    }

    /** The connection is closed after a refusal: what is left of a malformed request is not worth reading. */
    private static void refuse(HttpServletResponse response, Problem problem) throws IOException {
        ProblemResponses.send(response, problem, Map.of("Connection", "close"));
    }
}
