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
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > max) {
                    return true;
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return false;
    }
}
