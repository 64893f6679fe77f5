package org.causette.systemtests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * rooms-, messaging- and moderation-service, called directly as an attacker on the machine would: every route but
 * health wants a token the gateway signed, service-only routes want the gateway's own service token, and none of
 * the internal ports (broker and store included) answers on an address other than loopback.
 */
class InternalServicesIT {
    static final int ROOMS = port("rooms", 28081);
    static final int MESSAGING = port("messaging", 28082);
    static final int MODERATION = port("moderation", 28083);

    record Route(int port, String method, String path, String body) {
        @Override
        public String toString() {
            return method + " :" + port + path;
        }
    }

    /** The routes that answered without any token before; only the gateway's service token may call them. */
    static final List<Route> SERVICE_ONLY = List.of(
            new Route(MODERATION, "POST", "/verdicts", "{\"text\":\"bonjour\",\"context\":\"nickname\"}"),
            new Route(MODERATION, "POST", "/staff/sessions/verify", "{\"username\":\"moderator\",\"password\":\"x\"}"),
            new Route(MODERATION, "GET", "/statements/" + UUID.randomUUID(), null),
            new Route(MODERATION, "GET", "/sanctions/active", null));

    /** Chatter and staff routes of each service, which want the caller's token. */
    static final List<Route> CALLER_ROUTES = List.of(
            new Route(ROOMS, "GET", "/rooms", null),
            new Route(ROOMS, "GET", "/memberships/me", null),
            new Route(ROOMS, "POST", "/rooms/bordeaux/send-permits", "{\"messageId\":\"m\"}"),
            new Route(MESSAGING, "POST", "/messages", "{}"),
            new Route(MESSAGING, "DELETE", "/messages/m1", null),
            new Route(MESSAGING, "GET", "/conversations", null),
            new Route(MESSAGING, "GET", "/rooms/bordeaux/messages", null),
            new Route(MESSAGING, "GET", "/messages/m1/context?room=bordeaux", null),
            new Route(MODERATION, "POST", "/reports", "{}"),
            new Route(MODERATION, "GET", "/cases", null),
            new Route(MODERATION, "GET", "/staff/accounts", null),
            new Route(MODERATION, "GET", "/audit/verify", null),
            new Route(MODERATION, "GET", "/legal-holds", null),
            new Route(MODERATION, "GET", "/appeals", null),
            new Route(MODERATION, "GET", "/transparency", null));

    @Test
    void everyRouteRefusesACallWithoutAToken() {
        for (var route : concat(SERVICE_ONLY, CALLER_ROUTES)) {
            assertUnauthenticated(call(route, null), route);
        }
    }

    @Test
    void tokensTheGatewayDidNotSignOrThatExpiredAreRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        var refused = List.of(
                "not-a-token",
                Tokens.unsigned(serviceClaims("causette", now, now + 300)),
                Tokens.foreign(serviceClaims("causette", now, now + 300)),
                Tokens.signed(serviceClaims("causette", now - 7200, now - 3600)),
                Tokens.signed(serviceClaims("someone-else", now, now + 300)));
        for (var token : refused) {
            for (var route : SERVICE_ONLY) {
                assertUnauthenticated(call(route, token), route + " with token #" + refused.indexOf(token));
            }
        }
    }

    @Test
    void aChatterOrStaffTokenCannotCallServiceOnlyRoutes() {
        var chatter = Chatter.adult("Inside");
        var moderator = Staff.moderator();
        for (var token : List.of(chatter.token, moderator)) {
            for (var route : SERVICE_ONLY) {
                var answer = call(route, token);
                assertEquals(403, answer.status(), () -> route + ": " + answer);
                assertTrue(answer.isProblem(), () -> route + ": " + answer);
                assertEquals("forbidden", answer.code(), () -> route + ": " + answer);
            }
        }
    }

    @Test
    void aServiceTokenSignedWithThePlatformKeyIsAccepted() throws Exception {
        long now = Instant.now().getEpochSecond();
        var token = Tokens.signed(serviceClaims("causette", now, now + 300));
        var sanctions = call(SERVICE_ONLY.get(3), token);
        assertEquals(200, sanctions.status(), sanctions::toString);
        var verdict = call(SERVICE_ONLY.get(0), token);
        assertEquals(200, verdict.status(), verdict::toString);
        assertEquals("allow", verdict.object().getString("action"));
        var statement = call(SERVICE_ONLY.get(2), token);
        assertEquals(404, statement.status(), statement::toString);
        assertEquals("not-found", statement.code());
        var asCaller = call(CALLER_ROUTES.get(0), token);
        assertEquals(403, asCaller.status(), () -> "a service token is no chatter: " + asCaller);
    }

    @Test
    void healthStaysOpenForProbes() {
        for (int port : new int[]{ROOMS, MESSAGING, MODERATION}) {
            for (var path : List.of("/health/live", "/health/started")) {
                var answer = call(new Route(port, "GET", path, null), null);
                assertEquals(200, answer.status(), () -> port + path + ": " + answer);
            }
        }
    }

    @Test
    void internalPortsAreNotReachableOnANonLoopbackAddress() {
        var address = nonLoopbackAddress();
        assumeTrue(address.isPresent(), "this machine has no non-loopback address");
        var host = address.get();
        // the public gateway listens on every interface: proves this address is reachable from here at all
        assertTrue(reachable(host, port("gateway", 28080)), () -> "gateway not reachable on " + host);
        for (int port : new int[]{ROOMS, MESSAGING, MODERATION, port("broker", 28616), port("store", 28017)}) {
            assertTrue(reachable(InetAddress.getLoopbackAddress(), port), () -> port + " not even on loopback");
            assertFalse(reachable(host, port), () -> "port " + port + " answers on " + host);
        }
    }

    private static String serviceClaims(String issuer, long issuedAt, long expiresAt) {
        return "{\"iss\":\"" + issuer + "\",\"sub\":\"gateway-test\",\"upn\":\"gateway-test\",\"groups\":[\"service\"],"
                + "\"iat\":" + issuedAt + ",\"exp\":" + expiresAt + "}";
    }

    private static void assertUnauthenticated(Platform.Answer answer, Object what) {
        assertEquals(401, answer.status(), () -> what + ": " + answer);
        assertTrue(answer.isProblem(), () -> what + ": " + answer + " " + answer.contentType());
        assertEquals("unauthenticated", answer.code(), () -> what + ": " + answer);
    }

    static Platform.Answer call(Route route, String token) {
        return Platform.callUrl(route.method(), "http://127.0.0.1:" + route.port() + route.path(), token, route.body());
    }

    /** An address of this machine other than loopback and link-local, IPv4 first. */
    static Optional<InetAddress> nonLoopbackAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(InternalServicesIT::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && !a.isAnyLocalAddress())
                    .min(Comparator.comparing(a -> a instanceof Inet4Address ? 0 : 1));
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean reachable(InetAddress host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 3000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int port(String component, int fallback) {
        return Integer.getInteger("causette." + component + ".port", fallback);
    }

    private static List<Route> concat(List<Route> a, List<Route> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
