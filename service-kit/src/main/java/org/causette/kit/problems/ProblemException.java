package org.causette.kit.problems;

import java.util.Map;

/** A refusal the client must understand: becomes a problem+json answer with its status and code. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public ProblemException(int status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    public ProblemException(int status, String code, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem problem() {
        return Problem.of(status, code, getMessage());
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", what + " does not exist.");
    }

    public static ProblemException invalidField(String field, String why) {
        return new ProblemException(400, "invalid-field", field + ": " + why);
    }

    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, detail);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, detail);
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "unavailable", detail, Map.of("Retry-After", "2"));
    }
}
