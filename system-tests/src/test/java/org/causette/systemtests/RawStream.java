package org.causette.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client on a bare socket, for what a well-behaved client library never sends: fragments of any size,
 * unmasked frames, invalid UTF-8. Also reads a refused upgrade's status and body.
 */
final class RawStream implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    final int status;
    final String head;
    final String body;

    private RawStream(String query, String address) {
        try {
            var uri = URI.create(Platform.URL);
            socket = new Socket(uri.getHost(), uri.getPort());
            socket.setSoTimeout(20_000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
            var key = new byte[16];
            ThreadLocalRandom.current().nextBytes(key);
            out.write(("GET /api/v1/stream?" + query + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
                    + "X-Forwarded-For: " + address + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            head = readHead();
            status = Integer.parseInt(head.split(" ", 3)[1]);
            body = status == 101 ? "" : readBody();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawStream open(String query, String address) {
        return new RawStream(query, address);
    }

    void text(byte[] payload, boolean fin, boolean continuation) {
        frame(continuation ? 0 : 1, payload, fin, true);
    }

    void frame(int opcode, byte[] payload, boolean fin, boolean masked) {
        try {
            var frame = new ByteArrayOutputStream();
            frame.write((fin ? 0x80 : 0) | opcode);
            int mask = masked ? 0x80 : 0;
            if (payload.length < 126) {
                frame.write(mask | payload.length);
            } else if (payload.length < 65_536) {
                frame.write(mask | 126);
                frame.write(payload.length >>> 8);
                frame.write(payload.length & 0xff);
            } else {
                frame.write(mask | 127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    frame.write((int) ((long) payload.length >>> shift) & 0xff);
                }
            }
            var data = payload.clone();
            if (masked) {
                var key = new byte[4];
                ThreadLocalRandom.current().nextBytes(key);
                frame.write(key);
                for (int i = 0; i < data.length; i++) {
                    data[i] ^= key[i % 4];
                }
            }
            frame.write(data);
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException e) {
            // the server may close while a long message is still being written: the close frame tells why
        }
    }

    /**
     * The close code the server sent, skipping other frames; -1 if the connection ended without a close frame.
     */
    int closeCode() {
        try {
            while (true) {
                int b0 = in.read();
                if (b0 < 0) {
                    return -1;
                }
                long length = in.read() & 0x7f;
                if (length == 126) {
                    length = (in.read() << 8) | in.read();
                } else if (length == 127) {
                    length = 0;
                    for (int i = 0; i < 8; i++) {
                        length = (length << 8) | in.read();
                    }
                }
                var payload = in.readNBytes((int) length);
                if ((b0 & 0x0f) == 8) {
                    return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server neither closed the stream nor answered", e);
        } catch (IOException e) {
            return -1;
        }
    }

    private String readHead() throws IOException {
        var head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private String readBody() throws IOException {
        var length = head.lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                .map(l -> Integer.parseInt(l.substring(15).trim())).findFirst();
        if (length.isPresent()) {
            return new String(in.readNBytes(length.get()), StandardCharsets.UTF_8);
        }
        if (head.toLowerCase().contains("transfer-encoding: chunked")) {
            var body = new ByteArrayOutputStream();
            while (true) {
                var size = Integer.parseInt(line().trim(), 16);
                if (size == 0) {
                    return body.toString(StandardCharsets.UTF_8);
                }
                body.write(in.readNBytes(size));
                line();
            }
        }
        return "";
    }

    private String line() throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    String contentType() {
        return head.lines().filter(l -> l.toLowerCase().startsWith("content-type:")).map(l -> l.substring(13).trim())
                .findFirst().orElse("");
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
