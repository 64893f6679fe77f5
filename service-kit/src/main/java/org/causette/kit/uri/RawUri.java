package org.causette.kit.uri;

/**
 * What a raw (undecoded) request path and query may hold: well-formed percent escapes, and no escaped separators,
 * dots, NULs or control characters that could make a path mean something else once decoded. Plain Java with no
 * dependency: the gateway's Liberty feature (module gateway-edge) embeds this package to apply the same rule before
 * Liberty's web container decodes the path.
 */
public final class RawUri {
    private RawUri() {
    }

    public static boolean pathIsPlain(String path) {
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

    public static boolean queryIsPlain(String query) {
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                int decoded = escapeAt(query, i);
                if (decoded <= 0) {
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
