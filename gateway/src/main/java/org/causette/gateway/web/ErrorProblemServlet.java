package org.causette.gateway.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The application's error page (WEB-INF/web.xml): whatever the container itself refuses or fails on inside the
 * application becomes a problem instead of Liberty's HTML page with a stack trace.
 */
@WebServlet(ErrorProblemServlet.PATH)
public class ErrorProblemServlet extends HttpServlet {
    static final String PATH = "/problems/error";
    private static final System.Logger LOG = System.getLogger(ErrorProblemServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ProblemResponses.send(response, problemFor(status instanceof Integer s ? s : 404, (Throwable) failure).problem());
    }

    static Refusal problemFor(int status, Throwable failure) {
        if (failure != null && isMalformedRequest(failure)) {
            return new Refusal(400, "malformed-request", "The request is not well formed.");
        }
        return switch (status) {
            case 400 -> new Refusal(400, "malformed-request", "The request is not well formed.");
            case 401 -> new Refusal(401, "unauthenticated", "A valid token is required.");
            case 403 -> new Refusal(403, "forbidden", "This route is not for this caller.");
            case 404 -> new Refusal(404, "not-found", "No such resource.");
            case 405, 501 -> new Refusal(405, "method-not-allowed", "This method is not allowed here.");
            case 413 -> new Refusal(413, "payload-too-large", "A request body has at most 64 KiB.");
            case 414 -> new Refusal(414, "uri-too-long", "The request URI is too long.");
            case 415 -> new Refusal(415, "unsupported-media-type", "Send application/json in UTF-8.");
            case 431 -> new Refusal(431, "headers-too-large", "The request headers are too large.");
            default -> status >= 500 ? internal(failure) : new Refusal(status, "refused", "The request was refused.");
        };
    }

    private static Refusal internal(Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "failure outside JAX-RS: {0}",
                failure == null ? "none" : failure.getClass().getName());
        return new Refusal(500, "internal-error", "Unexpected failure.");
    }

    /** Failures of reading or decoding what the client sent (Liberty reports some of them as 500). */
    private static boolean isMalformedRequest(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof java.io.CharConversionException
                    || t instanceof java.io.EOFException || t instanceof java.nio.charset.CharacterCodingException
                    || t.getClass().getName().contains("IllegalHttpBody")
                    || String.valueOf(t.getMessage()).contains("CWWWC0005I")) {
                return true;
            }
        }
        return false;
    }
}
