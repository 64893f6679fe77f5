package org.causette.gateway.stream.control;

/**
 * The parts of one client message, gathered until its last part while its size stays under the limit (counted in
 * UTF-8 bytes as the parts arrive, so a long message is refused before it is whole).
 */
public class IncomingMessage {
    private final int maxBytes;
    private StringBuilder parts;
    private long bytes;

    public IncomingMessage(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @return false once the message has grown over the limit */
    public boolean add(String part) {
        bytes += utf8Length(part);
        if (bytes > maxBytes) {
            return false;
        }
        if (parts == null) {
            parts = new StringBuilder(part.length());
        }
        parts.append(part);
        return true;
    }

    /** The message so far, and a fresh start for the next one. */
    public String take() {
        var text = parts == null ? "" : parts.toString();
        parts = null;
        bytes = 0;
        return text;
    }

    static long utf8Length(CharSequence text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
