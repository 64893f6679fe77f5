package org.causette.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for what no HTTP client lets a test send: made-up methods, undecodable paths,
 * oversized header lines, broken chunked bodies. One request per connection ({@code Connection: close}).
 */
final class RawHttp {
    private static final URI GATEWAY = URI.create(Platform.URL);

    private RawHttp() {
    }

    /** status 0: the server closed the connection without an answer */
    record Reply(int status, String contentType, String body) {
        boolean isProblem() {
            return contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")
                    && body.contains("\"code\"");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    /** Sends the head (request line and headers, without the final blank line) and the raw body bytes. */
    static Reply exchange(String head, byte[] body) {
        return exchange(GATEWAY.getPort(), GATEWAY.getHost() + ":" + GATEWAY.getPort(), head, body);
    }

    /** To a port of the gateway's host, with the {@code Host} header naming {@code host}. */
    static Reply exchange(int port, String host, String head) {
        return exchange(port, host, head, new byte[0]);
    }

    private static Reply exchange(int port, String host, String head, byte[] body) {
        try (var socket = new Socket(GATEWAY.getHost(), port)) {
            socket.setSoTimeout(30_000);
            return exchange(socket, host, head, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server may refuse an oversized request and close before it is all sent: then what it answered, if anything. */
    private static Reply exchange(Socket socket, String host, String head, byte[] body) {
        IOException sendFailed = null;
        try {
            var out = socket.getOutputStream();
            out.write((head + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
        } catch (IOException e) {
            sendFailed = e;
        }
        try {
            return read(socket.getInputStream());
        } catch (IOException e) {
            if (sendFailed != null) {
                return new Reply(0, "", "connection closed while sending: " + sendFailed);
            }
            throw new UncheckedIOException(e);
        }
    }

    static Reply exchange(String head) {
        return exchange(head, new byte[0]);
    }

    /** Reads the head, then the body by its Content-Length (or to the end): the server may keep the line open. */
    private static Reply read(InputStream in) throws IOException {
        var all = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        int headEnd = -1;
        int length = -1;
        for (int n; (n = in.read(buffer)) > 0; ) {
            all.write(buffer, 0, n);
            var text = all.toString(StandardCharsets.ISO_8859_1);
            if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                length = contentLength(text.substring(0, headEnd));
            }
            if (headEnd >= 0 && length >= 0 && all.size() >= headEnd + 4 + length || all.size() > 1_000_000) {
                break;
            }
        }
        var text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new Reply(-1, "", text);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        var contentType = "";
        for (var line : text.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                contentType = line.substring(13).strip();
            }
        }
        return new Reply(status, contentType, text.substring(end + 4));
    }

    private static int contentLength(String head) {
        for (var line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).strip());
            }
        }
        return -1;
    }
}
