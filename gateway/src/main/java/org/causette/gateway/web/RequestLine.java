package org.causette.gateway.web;


import java.util.Optional;
import java.util.Set;

/**
 * Checks what a request line and its content type may hold, on the raw (undecoded) text, before anything decodes
 * it: a known method, well-formed percent escapes, and no escaped separators, dots, NULs or control characters that
 * could make a path mean something else once decoded.
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
        if (!pathIsPlain(rawPath)) {
            return Optional.of(new Refusal(400, "malformed-path", "The path holds characters or escapes it may not."));
        }
        if (rawQuery != null && !queryIsPlain(rawQuery)) {
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

    static boolean pathIsPlain(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                int decoded = escapeAt(path, i);
                // an escaped '/', '\\' or '.' would let a decoded path differ from the one routed; NUL and controls never
                if (decoded < 0x20 || decoded == 0x7f || decoded == '/' || decoded == '\\' || decoded == '.'
                        || decoded == ';') {
                    return false;
                }
                i += 2;
            } else if (c <= 0x20 || c >= 0x7f || c == '\\' || c == ';') {
                return false;
            }
        }
        return !path.contains("/../") && !path.endsWith("/..") && !path.contains("/./") && !path.endsWith("/.")
                && !path.contains("//");
    }

    static boolean queryIsPlain(String query) {
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                int decoded = escapeAt(query, i);
                if (decoded < 0 || decoded == 0) {
                    return false;
                }
                i += 2;
            } else if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The byte a {@code %XY} escape at {@code i} stands for, or -1 when it is not one. */
    private static int escapeAt(String text, int i) {
        if (i + 2 >= text.length()) {
            return -1;
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }
}
