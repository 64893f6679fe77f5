package org.causette.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.causette.kit.problems.Problem;

import java.io.IOException;

/**
 * CORS for the API: a preflight from a configured origin is answered here ({@code 204}), one from any other origin
 * is refused ({@code 403 origin-not-allowed}, no CORS header); other requests from a configured origin get
 * {@code Access-Control-Allow-Origin}. Nothing else changes: with no configured origin, no CORS header is sent.
 */
public class CorsFilter extends HttpFilter {
    private final CorsPolicy policy;

    public CorsFilter(CorsPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var origin = request.getHeader("Origin");
        if (origin == null || !request.getRequestURI().startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        var allowed = policy.allowed(origin);
        var requestedMethod = request.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(request.getMethod()) && requestedMethod != null) {
            var requestedHeaders = request.getHeader("Access-Control-Request-Headers");
            if (allowed.isEmpty() || !policy.admitsPreflight(requestedMethod, requestedHeaders)) {
                ProblemResponses.send(response, Problem.of(403, "origin-not-allowed",
                        "This origin, method or header is not allowed to call the API from a browser."));
                return;
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            response.setHeader("Access-Control-Allow-Origin", allowed.get());
            response.setHeader("Access-Control-Allow-Methods", CorsPolicy.ALLOWED_METHODS);
            response.setHeader("Access-Control-Allow-Headers", CorsPolicy.ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", CorsPolicy.MAX_AGE_SECONDS);
            response.setHeader("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
            return;
        }
        if (allowed.isPresent()) {
            response.setHeader("Access-Control-Allow-Origin", allowed.get());
            response.setHeader("Access-Control-Expose-Headers", CorsPolicy.EXPOSED_HEADERS);
        }
        if (policy.enabled()) {
            response.setHeader("Vary", "Origin");
        }
        chain.doFilter(request, response);
    }
}
