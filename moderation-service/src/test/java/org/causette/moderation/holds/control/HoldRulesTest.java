package org.causette.moderation.holds.control;

import org.causette.kit.problems.ProblemException;
import org.causette.moderation.holds.entity.LegalHoldRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HoldRulesTest {

    @Test
    void aHoldNamesExactlyOneTarget() {
        assertEquals("messageId", field(new LegalHoldRequest(null, null, null, null, null, null, "r", "ref")));
        assertEquals("messageId", field(new LegalHoldRequest("m", "s", null, null, null, null, "r", "ref")));
        var cut = HoldRules.target(new LegalHoldRequest(null, "s1", null, null, "2026-11-01T00:00:00Z", null, "r", "ref"));
        assertEquals("s1", cut.sessionId());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), cut.from());
    }

    @Test
    void timesAreIsoInstantsInOrder() {
        assertEquals("from", field(new LegalHoldRequest("m", null, null, null, "yesterday", null, "r", "ref")));
        assertEquals("to", field(new LegalHoldRequest("m", null, null, null, "2026-11-02T00:00:00Z",
                "2026-11-01T00:00:00Z", "r", "ref")));
    }

    @Test
    void reasonAndReferenceAreRequired() {
        var noReason = new LegalHoldRequest("m", null, null, null, null, null, " ", "ref");
        var e = assertThrows(ProblemException.class, () -> HoldRules.reason(noReason));
        assertTrue(e.getMessage().startsWith("reason"));
        var noReference = new LegalHoldRequest("m", null, null, null, null, null, "r", null);
        assertThrows(ProblemException.class, () -> HoldRules.reference(noReference));
    }

    private static String field(LegalHoldRequest request) {
        var e = assertThrows(ProblemException.class, () -> HoldRules.target(request));
        assertEquals(400, e.status());
        return e.getMessage().substring(0, e.getMessage().indexOf(':'));
    }
}
