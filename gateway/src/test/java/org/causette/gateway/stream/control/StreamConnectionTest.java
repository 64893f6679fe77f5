package org.causette.gateway.stream.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import org.causette.contracts.Audience;
import org.causette.gateway.security.entity.Identity;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamConnectionTest {
    private static final Identity LOU = new Identity("lou", "Lou", Audience.adult, null, null, List.of("adult"),
            Instant.now().plusSeconds(600), "t1", "raw");

    @Test
    void aStreamIsIdleOnceNothingWentEitherWayForTheTimeout() {
        var cut = new StreamConnection(LOU, "a", 8);
        var idle = Duration.ofSeconds(120);
        var now = System.nanoTime();
        assertFalse(cut.silentFor(idle, now));
        assertTrue(cut.silentFor(idle, now + idle.toNanos() + 1));
        cut.active();
        assertFalse(cut.silentFor(idle, System.nanoTime() + idle.toNanos() - 1_000_000_000L));
    }

    @Test
    void framesForAStreamStillOpeningGoOutInOrderOnceItOpens() {
        var cut = new StreamConnection(LOU, "a", 8);
        cut.send("one");
        cut.send("two");
        var client = new FakeSession();
        assertTrue(cut.attach(client.session()));
        cut.send("three");
        assertEquals(List.of("one", "two", "three"), client.sent);
        assertEquals(List.of(), client.closes);
    }

    @Test
    void aStreamClosedBeforeItOpenedIsClosedWithThatReasonWhenItOpens() {
        var cut = new StreamConnection(LOU, "a", 8);
        cut.send("lost");
        cut.close(StreamCloses.REPLACED);
        var client = new FakeSession();
        assertFalse(cut.attach(client.session()));
        assertEquals(List.of(), client.sent);
        assertEquals(List.of(StreamCloses.REPLACED.getReasonPhrase()), client.closes);
    }

    @Test
    void aSanctionArrivingWhileTheStreamOpensIsSentBeforeTheClose() {
        var cut = new StreamConnection(LOU, "a", 8);
        cut.send("sanction");
        cut.closeAfterQueued(StreamCloses.BANNED);
        var client = new FakeSession();
        cut.attach(client.session());
        assertEquals(List.of("sanction"), client.sent);
        assertEquals(List.of(StreamCloses.BANNED.getReasonPhrase()), client.closes);
    }

    @Test
    void anUpgradeThatNeverCompletesIsRecognised() {
        var cut = new StreamConnection(LOU, "a", 8);
        var limit = Duration.ofSeconds(30);
        assertFalse(cut.neverOpened(limit, System.nanoTime()));
        assertTrue(cut.neverOpened(limit, System.nanoTime() + limit.toNanos() + 1));
        cut.attach(new FakeSession().session());
        assertFalse(cut.neverOpened(limit, System.nanoTime() + limit.toNanos() + 1));
    }

    /** A WebSocket session whose asynchronous sends complete at once. */
    private static final class FakeSession {
        final List<String> sent = new ArrayList<>();
        final List<String> closes = new ArrayList<>();

        Session session() {
            var async = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendText") && args.length == 2) {
                            sent.add((String) args[0]);
                            ((jakarta.websocket.SendHandler) args[1]).onResult(new SendResult());
                        }
                        return null;
                    });
            return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getAsyncRemote" -> async;
                        case "close" -> {
                            closes.add(((CloseReason) args[0]).getReasonPhrase());
                            yield null;
                        }
                        default -> null;
                    });
        }
    }
}
