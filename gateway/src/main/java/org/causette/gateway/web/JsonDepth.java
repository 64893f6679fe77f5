package org.causette.gateway.web;

/**
 * How deeply a JSON text nests, counted on the raw bytes without parsing: a parser that recurses per level can be
 * knocked over by a few kilobytes of brackets, so a body nested deeper than any request of the API needs is refused
 * before a parser sees it. Brackets inside strings do not count.
 */
public final class JsonDepth {
    private JsonDepth() {
    }

    public static boolean exceeds(byte[] json, int length, int max) {
        return exceeds(length, i -> json[i], max);
    }

    public static boolean exceeds(CharSequence json, int max) {
        return exceeds(json.length(), json::charAt, max);
    }

    private static boolean exceeds(int length, java.util.function.IntUnaryOperator at, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < length; i++) {
            int c = at.applyAsInt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > max) {
                    return true;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }
}
