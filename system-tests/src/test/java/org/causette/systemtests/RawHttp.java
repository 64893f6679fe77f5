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
        try (var socket = new Socket(GATEWAY.getHost(), GATEWAY.getPort())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write((head + "\r\nHost: " + GATEWAY.getHost() + ":" + GATEWAY.getPort() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reply exchange(String head) {
        return exchange(head, new byte[0]);
    }

    private static Reply read(InputStream in) throws IOException {
        var all = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            all.write(buffer, 0, n);
            if (all.size() > 1_000_000) {
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
}
