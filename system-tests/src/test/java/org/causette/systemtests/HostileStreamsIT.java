package org.causette.systemtests;

import jakarta.json.Json;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.causette.systemtests.Casefiles.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stream under hostile use: messages too long however they are cut, too many streams per session or address,
 * one-time tickets, bans reaching open streams, and no token in any log after protocol errors.
 * The test stack caps streams per address at {@value #PER_ADDRESS} (see system-tests/pom.xml).
 */
class HostileStreamsIT {
    private static final int PER_ADDRESS = 8;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aMessageOver64KiBClosesTheStreamWith1009HoweverItIsFragmented() {
        var chatter = Chatter.adult("Fra");
        try (var raw = RawStream.open("access_token=" + chatter.token, Platform.newAddress())) {
            assertEquals(101, raw.status, raw.head);
            var fragment = "x".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
            raw.text("{\"type\":\"ping\",\"pad\":\"".getBytes(StandardCharsets.US_ASCII), false, false);
            for (int i = 0; i < 64; i++) {   // 1 MiB in 16 KiB fragments
                raw.text(fragment, false, true);
            }
            raw.text("\"}".getBytes(StandardCharsets.US_ASCII), true, true);
            assertEquals(1009, raw.closeCode());
        }
        try (var raw = RawStream.open("access_token=" + chatter.token, Platform.newAddress())) {
            raw.text(("{\"type\":\"ping\",\"pad\":\"" + "y".repeat(1024 * 1024) + "\"}")
                    .getBytes(StandardCharsets.US_ASCII), true, false);
            assertEquals(1009, raw.closeCode(), "one 1 MiB frame");
        }
    }

    @Test
    void aMessageJustUnderTheLimitIsStillReadInFragments() {
        var chatter = Chatter.adult("Frb");
        try (var raw = RawStream.open("access_token=" + chatter.token, Platform.newAddress())) {
            raw.text("{\"type\":\"ping\",\"pad\":\"".getBytes(StandardCharsets.US_ASCII), false, false);
            raw.text("z".repeat(60 * 1024).getBytes(StandardCharsets.US_ASCII), false, true);
            raw.text("\"}".getBytes(StandardCharsets.US_ASCII), true, true);
            raw.frame(8, new byte[]{0x03, (byte) 0xe8}, true, true);   // then a normal close: ours comes back
            assertEquals(1000, raw.closeCode(), "the stream stayed open after a 60 KiB message");
        }
    }

    @Test
    void aFrameNestedThousandsDeepIsAnErrorAndTheStreamGoesOn() {
        var chatter = Chatter.adult("Frd");
        try (var stream = chatter.stream()) {
            stream.sendRaw("[".repeat(60_000));
            var error = stream.await(Stream.type("error"));
            assertEquals("malformed-json", error.getString("code"), error::toString);
            stream.send(Json.createObjectBuilder().add("type", "ping").build());
            stream.await(Stream.type("pong"));
            assertFalse(stream.isClosed());
        }
    }

    @Test
    void aSixthStreamOfASessionClosesItsOldestWith4008() {
        var chatter = Chatter.adult("Six");
        var streams = new ArrayList<Stream>();
        try {
            for (int i = 0; i < 5; i++) {
                streams.add(chatter.stream());
            }
            streams.forEach(s -> assertFalse(s.isClosed()));
            streams.add(chatter.stream());
            var oldest = streams.get(0);
            Awaitility.await().atMost(WAIT).until(oldest::isClosed);
            assertEquals(4008, oldest.closeCode(), oldest::closeReason);
            for (var open : streams.subList(1, 6)) {
                open.send(Json.createObjectBuilder().add("type", "ping").build());
                open.await(Stream.type("pong"));
            }
        } finally {
            streams.forEach(Stream::close);
        }
    }

    @Test
    void oneAddressOpensOnlySoManyStreams() {
        var address = Platform.newAddress();
        var streams = new ArrayList<Stream>();
        try {
            for (int i = 0; i < PER_ADDRESS; i++) {
                var chatter = Chatter.adult("Adr");
                streams.add(Stream.from(address, chatter.token));
            }
            var one = Chatter.adult("Adr");
            try (var refused = RawStream.open("access_token=" + one.token, address)) {
                assertEquals(429, refused.status, refused.head);
                assertTrue(refused.contentType().startsWith("application/problem+json"), refused.head);
                assertTrue(refused.body.contains("\"too-many-streams\""), refused.body);
            }
            try (var elsewhere = RawStream.open("access_token=" + one.token, Platform.newAddress())) {
                assertEquals(101, elsewhere.status, "another address still opens one");
            }
            streams.remove(0).close();
            Awaitility.await().atMost(WAIT).until(() -> {
                try (var again = RawStream.open("access_token=" + one.token, address)) {
                    return again.status == 101;
                }
            });
        } finally {
            streams.forEach(Stream::close);
        }
    }

    @Test
    void aTicketOpensOneStreamOnceWithinThirtySeconds() {
        var chatter = Chatter.adult("Tic");
        var before = Instant.now();
        var created = chatter.call("POST", "/stream-tickets", null);
        assertEquals(201, created.status(), created::toString);
        var ticket = created.object().getString("ticket");
        var expiresAt = Instant.parse(created.object().getString("expiresAt"));
        assertTrue(expiresAt.isAfter(before), created::toString);
        assertFalse(expiresAt.isAfter(Instant.now().plusSeconds(30)), "valid 30 s at most: " + created);
        assertFalse(ticket.contains(chatter.token));

        try (var stream = Stream.withTicket(Platform.URL, ticket)) {
            stream.send(Json.createObjectBuilder().add("type", "ping").build());
            stream.await(Stream.type("pong"));
            try (var again = RawStream.open("ticket=" + ticket, Platform.newAddress())) {
                assertEquals(401, again.status, "a used ticket: " + again.head);
                assertTrue(again.contentType().startsWith("application/problem+json"), again.head);
                assertTrue(again.body.contains("\"unauthenticated\""), again.body);
            }
        }
        for (var wrong : new String[]{"ticket=" + "A".repeat(43), "ticket="}) {
            try (var refused = RawStream.open(wrong, Platform.newAddress())) {
                assertEquals(401, refused.status, wrong + ": " + refused.head);
            }
        }
        // a control character or a URI over the gateway's limit is a malformed request, refused before any lookup
        var malformed = Map.of("ticket=%00", 400, "ticket=" + "b".repeat(5000), 414);
        malformed.forEach((query, status) -> {
            try (var refused = RawStream.open(query, Platform.newAddress())) {
                assertEquals(status, refused.status, refused.head);
                assertTrue(refused.contentType().startsWith("application/problem+json"), refused.head);
            }
        });
        var anonymous = Platform.call("POST", "/stream-tickets", null, null);
        assertEquals(401, anonymous.status(), anonymous::toString);
        var staff = Platform.call("POST", "/stream-tickets", Staff.moderator(), null);
        assertEquals(403, staff.status(), staff::toString);
    }

    @Test
    void aBannedSessionsStreamIsClosedAfterItsSanctionAndItCannotReopen() {
        var offender = Chatter.adult("Ban");
        var reporter = Chatter.adult("Wit");
        offender.mustJoin(ROOM);
        try (var stream = offender.stream()) {
            var messageId = Casefiles.sent(offender, "tu vas voir " + Platform.marker());
            Casefiles.report(reporter.token, messageId, "harassment");
            var moderator = Staff.moderator();
            Casefiles.decide(moderator, Casefiles.caseOf(moderator, messageId).getString("id"),
                    "{\"action\":\"ban\",\"durationMinutes\":60,\"reason\":\"Menaces\",\"ground\":\"terms:4.2\"}");
            stream.await(f -> "sanction".equals(f.getString("type", "")) && "ban".equals(f.getString("action", "")),
                    WAIT);
            Awaitility.await().atMost(WAIT).until(stream::isClosed);
            assertEquals(4003, stream.closeCode(), stream::closeReason);
        }
        try (var refused = RawStream.open("access_token=" + offender.token, Platform.newAddress())) {
            assertEquals(403, refused.status, refused.head);
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.head);
            assertTrue(refused.body.contains("\"banned\""), refused.body);
        }
        var ticket = offender.call("POST", "/stream-tickets", null);
        assertEquals(403, ticket.status(), ticket::toString);
        assertEquals("banned", ticket.code());
    }

    @Test
    void protocolErrorsLeaveNoTokenAndNoAddressInAnyLog() {
        var chatter = Chatter.adult("Log");
        var address = Platform.newAddress();
        try (var raw = RawStream.open("access_token=" + chatter.token, address)) {
            raw.text("x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII), true, false);
            assertEquals(1009, raw.closeCode(), "oversized frame");
        }
        try (var raw = RawStream.open("access_token=" + chatter.token, address)) {
            raw.text(new byte[]{'{', '"', (byte) 0xff, (byte) 0xfe, '"', '}'}, true, false);
            assertEquals(1007, raw.closeCode(), "invalid UTF-8");
        }
        try (var raw = RawStream.open("access_token=" + chatter.token, address)) {
            raw.frame(1, "{\"type\":\"ping\"}".getBytes(StandardCharsets.US_ASCII), true, false);
            assertEquals(1002, raw.closeCode(), "unmasked frame");
        }
        try (var raw = RawStream.open("access_token=" + chatter.token, address)) {
            raw.frame(2, new byte[]{1, 2, 3}, true, true);
            assertTrue(raw.closeCode() >= 1000, "binary frame");
        }
        var secret = chatter.token.substring(chatter.token.lastIndexOf('.') + 1);   // the signature
        try (var files = Files.walk(Path.of(System.getProperty("causette.home")))) {
            var leaking = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().contains("/logs/") || f.toString().endsWith(".log"))
                    .filter(f -> contains(f, secret) || contains(f, address)).toList();
            assertEquals(java.util.List.of(), leaking, "log files holding the token or the client address");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;   // rotated away while walking
        }
    }

    @Test
    void aWrongTicketIsRefusedBeforeTheUpgrade() {
        var failure = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                () -> Stream.withTicket(Platform.URL, "C".repeat(43)));
        assertTrue(failure.getCause() instanceof java.net.http.WebSocketHandshakeException, failure::toString);
        assertEquals(401, ((java.net.http.WebSocketHandshakeException) failure.getCause()).getResponse().statusCode());
    }
}
