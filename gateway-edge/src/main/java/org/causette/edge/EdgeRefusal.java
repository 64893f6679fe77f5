package org.causette.edge;

import java.nio.charset.StandardCharsets;

/** A problem (RFC 9457, the shape of service-kit's {@code Problem}) that the edge answers itself. */
record EdgeRefusal(int status, String title, String code, String detail) {

    static final String MEDIA_TYPE = "application/problem+json";

    static EdgeRefusal malformedPath() {
        return new EdgeRefusal(400, "Bad Request", "malformed-path", "The path holds characters or escapes it may not.");
    }

    static EdgeRefusal headersTooLarge() {
        return new EdgeRefusal(431, "Request Header Fields Too Large", "headers-too-large",
                "The request headers are too large.");
    }

    static EdgeRefusal misdirected() {
        return new EdgeRefusal(421, "Misdirected Request", "misdirected-request",
                "This server does not answer for that host and port.");
    }

    /** The JSON body; every text is a constant above, so nothing needs escaping. */
    byte[] body() {
        return ("{\"type\":\"https://causette.chat/problems/" + code + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
