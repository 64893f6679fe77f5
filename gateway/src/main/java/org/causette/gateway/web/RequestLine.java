package org.causette.gateway.web;

import org.causette.kit.uri.RawUri;

import java.util.Optional;
import java.util.Set;

/**
 * Checks what a request line and its content type may hold, on the raw (undecoded) text, before anything decodes
 * it: a known method, a bounded length, and a path and query as {@link RawUri} allows.
 */
public final class RequestLine {
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    static final int MAX_URI = 2048;

    private RequestLine() {
    }

    public static Optional<Refusal> refusal(String method, String rawPath, String rawQuery) {
        if (!METHODS.contains(method)) {
            return Optional.of(new Refusal(405, "method-not-allowed", "This method is not allowed here."));
        }
        if (rawPath.length() + (rawQuery == null ? 0 : rawQuery.length()) > MAX_URI) {
            return Optional.of(new Refusal(414, "uri-too-long", "A request URI has at most " + MAX_URI + " characters."));
        }
        if (!RawUri.pathIsPlain(rawPath)) {
            return Optional.of(new Refusal(400, "malformed-path", "The path holds characters or escapes it may not."));
        }
        if (rawQuery != null && !RawUri.queryIsPlain(rawQuery)) {
            return Optional.of(new Refusal(400, "malformed-query", "The query string is not well formed."));
        }
        return Optional.empty();
    }

    /** application/json or a +json type, with no charset but UTF-8 (RFC 8259). */
    public static boolean isJsonContentType(String contentType) {
        var parts = contentType.split(";", -1);
        var type = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            var parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                return false;
            }
            var name = parameter.substring(0, equals).strip();
            var value = parameter.substring(equals + 1).strip().replace("\"", "");
            if (name.equalsIgnoreCase("charset") && !value.equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }
}
