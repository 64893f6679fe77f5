package org.causette.moderation.evidence.control;

import org.causette.moderation.evidence.entity.EvidenceBundle;
import org.causette.moderation.evidence.entity.EvidenceItem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceChainTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    private static EvidenceBundle bundle() {
        var withNull = new HashMap<String, Object>();
        withNull.put("comment", null);
        withNull.put("category", "threat");
        var items = EvidenceChain.link(List.of(
                new AbstractMap.SimpleImmutableEntry<>("case", Map.<String, Object>of("id", "c1", "priority", 2L)),
                new AbstractMap.SimpleImmutableEntry<>("report", withNull),
                new AbstractMap.SimpleImmutableEntry<>("message", Map.<String, Object>of("text", "je vais te \"trouver\"",
                        "categories", List.of("threat")))));
        var last = items.get(items.size() - 1).hash();
        return new EvidenceBundle("c1", "now", "alice", "Europe/Paris", items, last,
                new EvidenceBundle.Signature(EvidenceChain.ALGORITHM, EvidenceChain.keyId(KEY), EvidenceChain.sign(last, KEY)));
    }

    @Test
    void aBundleVerifiesWithItsKeyOnly() {
        var cut = bundle();
        assertTrue(EvidenceChain.verify(cut, KEY));
        assertFalse(EvidenceChain.verify(cut, "another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8)));
        assertEquals(EvidenceChain.GENESIS, cut.items().get(0).prevHash());
        assertEquals(cut.items().get(0).hash(), cut.items().get(1).prevHash());
    }

    @Test
    void aChangedItemBreaksTheBundle() {
        var cut = bundle();
        var items = new ArrayList<>(cut.items());
        var m = items.get(2);
        var changed = new HashMap<>(m.content());
        changed.put("text", "bonjour");
        items.set(2, new EvidenceItem(m.seq(), m.kind(), changed, m.prevHash(), m.hash()));
        assertFalse(EvidenceChain.verify(new EvidenceBundle(cut.caseId(), cut.generatedAt(), cut.generatedBy(),
                cut.timeZone(), items, cut.finalHash(), cut.signature()), KEY));
    }

    @Test
    void aRemovedItemBreaksTheBundle() {
        var cut = bundle();
        var items = new ArrayList<>(cut.items());
        items.remove(1);
        assertFalse(EvidenceChain.verify(new EvidenceBundle(cut.caseId(), cut.generatedAt(), cut.generatedBy(),
                cut.timeZone(), items, cut.finalHash(), cut.signature()), KEY));
    }

    @Test
    void timesCarryTheParisOffset() {
        assertEquals("2026-01-15T11:00:00+01:00", EvidenceChain.time(Instant.parse("2026-01-15T10:00:00Z")));
        assertEquals("2026-07-15T12:00:00.123+02:00", EvidenceChain.time(Instant.parse("2026-07-15T10:00:00.123456Z")));
    }

    @Test
    void theCanonicalFormSortsKeysAndRefusesFloatingPoint() {
        assertEquals("{\"a\":[1,true,null],\"b\":\"x\\\"\"}",
                EvidenceChain.canonical(Map.of("b", "x\"", "a", java.util.Arrays.asList(1L, true, null))));
        assertThrows(IllegalArgumentException.class, () -> EvidenceChain.canonical(Map.of("score", 0.5)));
    }

    @Test
    void trailingLineBreaksOfAKeyFileAreIgnored() {
        assertEquals("abc", new String(EvidenceKey.trimLineBreaks("abc\r\n".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    }
}
