package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API 1.1 "A ban, and the wall, hold everywhere" and "Limits that can't be split or spoofed", from outside: a ban holds
 * on every chat route, the client address is the one the trusted proxy added, staff logins cannot lock a moderator
 * out, the device remembers its bracket and an under-age refusal, staff lookalike nicknames are refused, nothing
 * leaks across the wall, reports name real targets, statements of reasons cannot be guessed.
 */
class BansAndWallIT {
    private static final String ROOM = Casefiles.ROOM;
    private static final String TEEN_ROOM = "ados-jeux-video";
    private static final Pattern DEVICE_COOKIE = Pattern.compile("causette_device=([A-Za-z0-9_-]{43})");

    /** The chatter is reported and banned by a moderator; returns once the ban is in force. */
    private static void ban(Chatter offender) {
        var reporter = Chatter.adult("Bwr");
        offender.mustJoin(ROOM);
        reporter.mustJoin(ROOM);
        var messageId = Casefiles.sent(offender, "message signalé " + Platform.marker());
        Casefiles.report(reporter.token, messageId, "harassment");
        var moderator = Staff.moderator();
        Casefiles.decide(moderator, Casefiles.caseOf(moderator, messageId).getString("id"),
                "{\"action\":\"ban\",\"durationMinutes\":60,\"reason\":\"Insultes\",\"ground\":\"terms:4.2\"}");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> offender.say(ROOM, "encore ?").status() == 403);
    }

    @Test
    void aBannedSessionIsRefusedOnEveryChatRouteButMayStillEndItsSession() {
        var peer = Chatter.adult("Bwp");
        var offender = Chatter.adult("Bwq");
        var privateRoom = PrivateRoomsIT.create(offender, "Salon privé").getString("id");
        ban(offender);

        var peerBody = "{\"sessionId\":\"" + peer.id + "\"}";
        var routes = List.of(
                offender.call("GET", "/rooms", null),
                offender.join(ROOM),
                offender.join(privateRoom),
                offender.call("GET", "/rooms/" + ROOM + "/messages", null),
                offender.call("GET", "/rooms/" + ROOM + "/members", null),
                offender.call("DELETE", "/rooms/" + ROOM + "/members/me", null),
                offender.call("POST", "/rooms", "{\"name\":\"Un autre salon\",\"topic\":\"rien\"}"),
                offender.call("POST", "/rooms/" + privateRoom + "/invitations", peerBody),
                offender.call("GET", "/conversations", null),
                offender.call("POST", "/conversations", "{\"peer\":\"" + peer.id + "\"}"),
                offender.call("POST", "/blocks", peerBody),
                offender.call("POST", "/reports", "{\"sessionId\":\"" + peer.id + "\",\"category\":\"spam\"}"),
                offender.call("POST", "/sessions/me/renewal", null));
        for (var answer : routes) {
            assertEquals(403, answer.status(), answer::toString);
            assertEquals("banned", answer.code(), answer::toString);
        }
        assertEquals(204, offender.call("DELETE", "/sessions/me", null).status(), "ending the session is allowed");
    }

    @Test
    void onlyTheAddressTheTrustedProxyAddedCountsHoweverItIsSpelt() {
        var address = Platform.newAddress();
        ban(Chatter.createFrom(Platform.nickname("Bwo"), 30, address));
        for (var forwarded : List.of(address, "1.2.3.4, " + address, "::ffff:" + address, address + ":4711",
                "[::ffff:" + address + "]:443", "10.9.8.7, 1.2.3.4, " + address)) {
            var comeback = openSession(Platform.nickname("Bwc"), 30, "X-Forwarded-For", forwarded);
            assertEquals(403, comeback.status(), () -> forwarded + ": " + comeback.body());
            assertTrue(comeback.body().contains("\"banned\""), comeback::body);
        }
        var elsewhere = openSession(Platform.nickname("Bwc"), 30, "X-Forwarded-For", address + ", "
                + Platform.newAddress());
        assertEquals(201, elsewhere.status(), "the entry on the right is the client, whatever is on its left: "
                + elsewhere.body());
    }

    @Test
    void wrongPasswordsFromOneAddressLockThatAddressNotTheModerator() {
        var attacker = Platform.newAddress();
        Platform.Answer last = null;
        for (int i = 0; i < 6; i++) {
            last = staffLogin("moderator", "not the password", attacker);
        }
        assertEquals(429, last.status(), last::toString);
        assertEquals("rate-limited", last.code());
        assertFalse(last.retryAfter().isEmpty(), "Retry-After says when");
        assertEquals(429, staffLogin("moderator", "local-moderator", attacker).status(),
                "the attacking address stays locked, even with the right password");
        var fromTheirDesk = staffLogin("moderator", "local-moderator", Platform.newAddress());
        assertEquals(201, fromTheirDesk.status(), "the moderator logs in from their own address: " + fromTheirDesk);
    }

    @Test
    void aStaffTokenEndsAtLogoutAndWithItsDisabledAccount() {
        var token = Staff.moderator();
        assertEquals(200, Platform.call("GET", "/moderation/cases?status=open", token, null).status());
        assertEquals(204, Platform.call("DELETE", "/staff/sessions/me", token, null).status());
        var after = Platform.call("GET", "/moderation/cases?status=open", token, null);
        assertEquals(401, after.status(), after::toString);
        assertEquals("unauthenticated", after.code());

        var username = Platform.nickname("Bws").toLowerCase();
        var admin = Staff.admin();
        var created = Platform.call("POST", "/staff/accounts", admin, Json.createObjectBuilder()
                .add("username", username).add("password", Staff.PASSWORD)
                .add("roles", Json.createArrayBuilder().add("moderator")).build().toString());
        assertEquals(201, created.status(), created::toString);
        var theirs = Staff.login(username, Staff.PASSWORD);
        assertEquals(200, Platform.call("GET", "/moderation/cases?status=open", theirs, null).status());
        assertEquals(204, Platform.call("DELETE", "/staff/accounts/" + username, admin, null).status());
        assertEquals(401, Platform.call("GET", "/moderation/cases?status=open", theirs, null).status(),
                "a disabled account's token stops at once");
        var login = staffLogin(username, Staff.PASSWORD, Platform.newAddress());
        assertEquals(401, login.status(), login::toString);
        assertEquals(404, Platform.call("DELETE", "/staff/accounts/" + username, admin, null).status());
        assertEquals(403, Platform.call("DELETE", "/staff/accounts/admin", Staff.moderator(), null).status(),
                "only administrators disable accounts");
    }

    @Test
    void aSessionRequestGivesTheBrowserADeviceCookieEvenWhenRefused() {
        var refused = openSession("L", 30, "X-Forwarded-For", Platform.newAddress());
        assertEquals(400, refused.status(), refused::body);
        var cookie = refused.headers().firstValue("Set-Cookie").orElseThrow(() -> new AssertionError("no cookie"));
        assertTrue(DEVICE_COOKIE.matcher(cookie).find(), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        var maxAge = Pattern.compile("Max-Age=(\\d+)").matcher(cookie);
        assertTrue(maxAge.find() && Duration.ofSeconds(Long.parseLong(maxAge.group(1))).toDays() >= 395, cookie);

        var opened = openSession(Platform.nickname("Bwk"), 30, "X-Forwarded-For", Platform.newAddress(),
                "Cookie", "causette_device=" + deviceIn(cookie));
        assertEquals(201, opened.status(), opened::body);
        assertTrue(opened.headers().firstValue("Set-Cookie").isEmpty(), "a device that has its cookie keeps it");
    }

    @Test
    void aDeviceThatHeldASessionInOneBracketCannotOpenOneInTheOther() {
        var adult = openSession(Platform.nickname("Bwa"), 30, "X-Forwarded-For", Platform.newAddress());
        assertEquals(201, adult.status(), adult::body);
        var device = deviceIn(adult.headers().firstValue("Set-Cookie").orElseThrow());
        var teenByCookie = openSession(Platform.nickname("Bwt"), 16, "X-Forwarded-For", Platform.newAddress(),
                "Cookie", "causette_device=" + device);
        assertEquals(403, teenByCookie.status(), teenByCookie::body);
        assertTrue(teenByCookie.body().contains("\"bracket-locked\""), teenByCookie::body);

        var teen = Chatter.teen("Bwt");
        var adultByHeader = openSession(Platform.nickname("Bwa"), 30, "X-Forwarded-For", Platform.newAddress(),
                "Causette-Device", teen.deviceToken, "Cookie", "causette_device=" + newDeviceToken());
        assertEquals(403, adultByHeader.status(), "the header wins over the cookie: " + adultByHeader.body());
        assertTrue(adultByHeader.body().contains("\"bracket-locked\""), adultByHeader::body);

        var sameBracket = openSession(Platform.nickname("Bwa"), 40, "X-Forwarded-For", Platform.newAddress(),
                "Cookie", "causette_device=" + device);
        assertEquals(201, sameBracket.status(), "the same bracket is fine: " + sameBracket.body());
    }

    @Test
    void aDeviceRefusedAsUnderFifteenStaysRefusedAndItsAddressForAWhile() {
        var address = Platform.newAddress();
        var child = openSession(Platform.nickname("Bwu"), 14, "X-Forwarded-For", address);
        assertEquals(403, child.status(), child::body);
        assertTrue(child.body().contains("\"under-minimum-age\""), child::body);
        var device = deviceIn(child.headers().firstValue("Set-Cookie").orElseThrow());

        var sameBrowser = openSession(Platform.nickname("Bwu"), 16, "X-Forwarded-For", Platform.newAddress(),
                "Cookie", "causette_device=" + device);
        assertEquals(403, sameBrowser.status(), sameBrowser::body);
        assertTrue(sameBrowser.body().contains("\"under-age\""), sameBrowser::body);
        var sameAddress = openSession(Platform.nickname("Bwu"), 16, "X-Forwarded-For", address);
        assertEquals(403, sameAddress.status(), sameAddress::body);
        assertTrue(sameAddress.body().contains("\"under-age\""), sameAddress::body);
        var someoneElse = openSession(Platform.nickname("Bwu"), 16, "X-Forwarded-For", Platform.newAddress());
        assertEquals(201, someoneElse.status(), someoneElse::body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"m0derator", "\u041Coderator", "Modérateur", "modo", "Support", "Système", "Gendarmerie",
            "police", "bot", "_admin_", "Admin.01", "xXsupportXx", "Administrateur", "staff", "Causette", "officiel"})
    void nicknamesThatPassForStaffOrThePlatformAreRefused(String nickname) {
        var answer = openSession(nickname, 30, "X-Forwarded-For", Platform.newAddress());
        assertEquals(400, answer.status(), answer::body);
        assertTrue(answer.body().contains("\"nickname-rejected\""), answer::body);
    }

    @Test
    void ordinaryNamesThatContainAStaffWordAreFine() {
        for (var prefix : List.of("Robot", "Bottine", "Abbott", "Supportive", "Badminton")) {
            var nickname = Platform.nickname(prefix);
            var answer = openSession(nickname, 30, "X-Forwarded-For", Platform.newAddress());
            assertEquals(201, answer.status(), () -> nickname + ": " + answer.body());
        }
    }

    @Test
    void nothingTellsAnAdultThatATeenSessionExists() {
        var nickname = Platform.nickname("Bwn");
        var teen = Chatter.create(nickname, 16, null);
        var adult = Chatter.create(nickname, 30, null);
        assertEquals(nickname, adult.nickname, "nicknames are unique per bracket");
        var sameBracket = openSession(nickname.toUpperCase(), 31, "X-Forwarded-For", Platform.newAddress());
        assertEquals(409, sameBracket.status(), sameBracket::body);

        var unknown = UUID.randomUUID().toString();
        for (var id : List.of(teen.id, unknown)) {
            assertNotFound(adult.call("POST", "/conversations", "{\"peer\":\"" + id + "\"}"));
            assertNotFound(adult.call("POST", "/blocks", "{\"sessionId\":\"" + id + "\"}"));
            assertNotFound(adult.call("POST", "/reports", "{\"sessionId\":\"" + id + "\",\"category\":\"spam\"}"));
        }
        var adultRoom = PrivateRoomsIT.create(adult, "Entre adultes").getString("id");
        assertNotFound(PrivateRoomsIT.invite(adult, adultRoom, teen.id));
        assertNotFound(PrivateRoomsIT.invite(adult, adultRoom, unknown));
        assertNotFound(teen.call("POST", "/conversations", "{\"peer\":\"" + adult.id + "\"}"));
    }

    @Test
    void reportsMustNameSomethingThatExists() {
        for (var field : List.of("messageId", "sessionId", "roomId")) {
            var reporter = Chatter.adult("Bwr");
            for (var id : List.of("%00", "true", "1E-400", UUID.randomUUID().toString(), "\u0000")) {
                var answer = reporter.call("POST", "/reports", Json.createObjectBuilder().add(field, id)
                        .add("category", "child-safety").build().toString());
                assertEquals(404, answer.status(), () -> field + "=" + id + ": " + answer);
                assertEquals("not-found", answer.code());
            }
            for (var json : List.of("true", "1E-400", "{}", "[\"x\"]")) {
                var answer = reporter.call("POST", "/reports", "{\"" + field + "\":" + json
                        + ",\"category\":\"child-safety\"}");
                assertEquals(400, answer.status(), () -> field + "=" + json + ": " + answer);
                assertEquals("invalid-field", answer.code());
            }
        }
        var reporter = Chatter.adult("Bwr");
        assertNotFound(reporter.call("POST", "/reports", "{\"roomId\":\"" + TEEN_ROOM
                + "\",\"category\":\"spam\"}"));
        var author = Chatter.adult("Bwm");
        author.mustJoin(ROOM);
        var real = reporter.call("POST", "/reports", Json.createObjectBuilder()
                .add("messageId", Casefiles.sent(author, "vrai message " + Platform.marker()))
                .add("category", "spam").build().toString());
        assertEquals(201, real.status(), real::toString);
        assertEquals(201, reporter.call("POST", "/reports", "{\"roomId\":\"" + ROOM + "\",\"category\":\"spam\"}")
                .status());
        assertEquals(201, reporter.call("POST", "/reports", "{\"sessionId\":\"" + author.id
                + "\",\"category\":\"spam\"}").status());
    }

    @Test
    void theStatementOfAnAutomaticBlockCannotBeComputedFromTheMessageId() {
        var author = Chatter.teen("Bwv");
        author.mustJoin(TEEN_ROOM);
        try (var stream = author.stream()) {
            var sent = author.say(TEEN_ROOM, "je vais te tuer");
            assertEquals(202, sent.status(), sent::toString);
            var messageId = sent.object().getString("id");
            var notice = stream.await(f -> "moderation".equals(f.getString("type", ""))
                    && messageId.equals(f.getString("messageId", "")));
            var statementId = Casefiles.statementId(notice.getString("statement"));
            assertEquals(200, Platform.call("GET", "/statements/" + statementId, null, null).status());
            var derived = UUID.nameUUIDFromBytes(("automatic-verdict:" + messageId)
                    .getBytes(StandardCharsets.UTF_8)).toString();
            assertNotEquals(derived, statementId);
            assertEquals(404, Platform.call("GET", "/statements/" + derived, null, null).status());
            assertTrue(statementId.length() >= 43, "at least 256 random bits: " + statementId);
        }
    }

    private static void assertNotFound(Platform.Answer answer) {
        assertEquals(404, answer.status(), answer::toString);
        assertEquals("not-found", answer.code(), answer::toString);
    }

    private static Platform.Answer staffLogin(String username, String password, String address) {
        return Platform.call("POST", "/staff/sessions", null, Json.createObjectBuilder().add("username", username)
                .add("password", password).build().toString(), "X-Forwarded-For", address);
    }

    private static String deviceIn(String setCookie) {
        var matcher = DEVICE_COOKIE.matcher(setCookie);
        assertTrue(matcher.find(), setCookie);
        return matcher.group(1);
    }

    private static String newDeviceToken() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43);
    }

    private record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    }

    /** POST /sessions with the response headers, which {@link Platform.Answer} does not keep. */
    private static Reply openSession(String nickname, int age, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(Platform.API + "/sessions")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("nickname", nickname)
                        .add("age", age).build().toString()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            var response = Platform.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
