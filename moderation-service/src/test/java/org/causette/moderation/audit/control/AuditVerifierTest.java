package org.causette.moderation.audit.control;

import org.causette.moderation.audit.entity.AuditEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditVerifierTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00.123456Z");

    private static List<AuditEntry> log(int n) {
        var log = new ArrayList<AuditEntry>();
        AuditEntry prev = null;
        for (int i = 0; i < n; i++) {
            prev = AuditChain.next(prev, T0.plusSeconds(i), "alice", "decision", "case-" + i,
                    Map.of("action", "ban", "decisionId", "d" + i));
            log.add(prev);
        }
        return log;
    }

    @Test
    void anIntactLogIsValid() {
        var cut = new AuditVerifier();
        log(5).forEach(cut::accept);
        var check = cut.result(5);
        assertTrue(check.valid());
        assertEquals(5, check.entries());
        assertNull(check.firstBrokenSeq());
    }

    @Test
    void anEmptyLogIsValid() {
        assertTrue(AuditVerifier.verify(List.of()).valid());
    }

    @Test
    void changedDetailsAreDetectedAtTheChangedEntry() {
        var log = log(5);
        var e = log.get(2);
        var details = new TreeMap<>(e.details());
        details.put("action", "warn");
        log.set(2, new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.target(), details, e.prevHash(), e.hash()));

        var check = AuditVerifier.verify(log);

        assertFalse(check.valid());
        assertEquals(3L, check.firstBrokenSeq());
    }

    @Test
    void aChangedEntryWithARecomputedHashBreaksTheNextLink() {
        var log = log(5);
        var e = log.get(1);
        var forged = new AuditEntry(e.seq(), e.at(), "mallory", e.action(), e.target(), e.details(), e.prevHash(), null);
        log.set(1, new AuditEntry(forged.seq(), forged.at(), forged.actor(), forged.action(), forged.target(),
                forged.details(), forged.prevHash(), AuditChain.hashOf(forged)));

        var check = AuditVerifier.verify(log);

        assertFalse(check.valid());
        assertEquals(3L, check.firstBrokenSeq());
    }

    @Test
    void aDeletedEntryIsDetected() {
        var log = log(5);
        log.remove(2);

        var check = AuditVerifier.verify(log);

        assertFalse(check.valid());
        assertEquals(3L, check.firstBrokenSeq());
        assertEquals(4, check.entries());
    }

    @Test
    void aDeletedFirstEntryIsDetected() {
        var log = log(3);
        log.remove(0);
        assertEquals(1L, AuditVerifier.verify(log).firstBrokenSeq());
    }

    @Test
    void entriesCutOffAfterTheHeadAreDetected() {
        var cut = new AuditVerifier();
        log(5).subList(0, 3).forEach(cut::accept);
        var check = cut.result(5);
        assertFalse(check.valid());
        assertEquals(4L, check.firstBrokenSeq());
    }

    @Test
    void theCanonicalFormIsIndependentOfDetailOrderAndEscapesStrings() {
        var a = AuditChain.canonical(1, T0, "a\"b", "x", null, Map.of("b", "2", "a", "1\n"), AuditChain.GENESIS);
        assertEquals("{\"seq\":1,\"at\":\"2026-11-01T10:00:00.123Z\",\"actor\":\"a\\\"b\",\"action\":\"x\","
                + "\"target\":null,\"details\":{\"a\":\"1\\u000a\",\"b\":\"2\"},\"prevHash\":\"" + AuditChain.GENESIS
                + "\"}", a);
    }
}
