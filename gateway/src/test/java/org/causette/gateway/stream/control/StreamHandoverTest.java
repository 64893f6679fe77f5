package org.causette.gateway.stream.control;

import org.causette.contracts.Audience;
import org.causette.gateway.security.entity.Identity;
import org.causette.kit.problems.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamHandoverTest {
    private static final Identity LOU = new Identity("lou", "Lou", Audience.adult, null, null, List.of("adult"),
            Instant.now().plusSeconds(600), "t1", "raw");
    private static final StreamConnection ADDR = new StreamConnection(LOU, "addr", 8);

    @Test
    void whatTheFilterAdmittedIsTakenOnceByItsHandshake() {
        var cut = new StreamHandover();
        var now = Instant.now();
        cut.put("ticket=abc", ADDR, now);
        assertEquals("addr", cut.take("ticket=abc", now).orElseThrow().addressHash());
        assertTrue(cut.take("ticket=abc", now).isEmpty());
        assertTrue(cut.take("ticket=other", now).isEmpty());
        assertEquals(0, cut.size());
    }

    @Test
    void anAdmissionNeverClaimedGoesStaleAndTheMapStaysBounded() {
        var cut = new StreamHandover();
        var then = Instant.now();
        for (int i = 0; i < StreamHandover.MAX_WAITING; i++) {
            cut.put("ticket=" + i, ADDR, then);
        }
        assertThrows(ProblemException.class, () -> cut.put("ticket=next", ADDR, then));
        var later = then.plus(StreamHandover.STALE_AFTER).plusSeconds(1);
        cut.put("ticket=next", ADDR, later);
        assertEquals(1, cut.size(), "the stale ones made room");
    }

    @Test
    void aHandshakeTooLateFindsNothing() {
        var cut = new StreamHandover();
        var then = Instant.now();
        cut.put("access_token=x", new StreamConnection(LOU, "old", 8), then);
        cut.put("access_token=x", new StreamConnection(LOU, "new", 8), then.plusSeconds(40));
        var later = then.plus(StreamHandover.STALE_AFTER).plusSeconds(11);
        assertEquals("new", cut.take("access_token=x", later).orElseThrow().addressHash(), "the stale one skipped");
        assertTrue(cut.take("access_token=x", later).isEmpty());
    }
}
