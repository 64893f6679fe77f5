package org.causette.moderation.audit.control;

import org.causette.moderation.audit.entity.AuditEntry;
import org.causette.moderation.audit.entity.ChainCheck;

/**
 * Checks an audit log read in sequence order, entry by entry (so a long log never sits in memory): sequence numbers
 * without gaps from 1, each {@code prevHash} equal to the previous entry's hash, each hash equal to the entry's
 * content. Pure Java: feed it an export to check a log offline.
 */
public final class AuditVerifier {
    private long expectedSeq = 1;
    private String expectedPrevHash = AuditChain.GENESIS;
    private long entries;
    private Long firstBroken;

    public static ChainCheck verify(Iterable<AuditEntry> log) {
        var verifier = new AuditVerifier();
        log.forEach(verifier::accept);
        return verifier.result(0);
    }

    public void accept(AuditEntry e) {
        entries++;
        if (firstBroken != null) {
            return;
        }
        if (e.seq() != expectedSeq) {
            firstBroken = Math.min(e.seq(), expectedSeq);   // a gap: the missing entry was removed
        } else if (!expectedPrevHash.equals(e.prevHash())) {
            firstBroken = e.seq();
        } else if (e.hash() == null || !e.hash().equals(AuditChain.hashOf(e))) {
            firstBroken = e.seq();
        }
        expectedSeq = e.seq() + 1;
        expectedPrevHash = e.hash();
    }

    /**
     * @param lastKnownSeq the last sequence number the log is known to have reached (from its head), 0 if unknown:
     *                     detects entries removed from the end
     */
    public ChainCheck result(long lastKnownSeq) {
        var broken = firstBroken;
        if (broken == null && lastKnownSeq >= expectedSeq) {
            broken = expectedSeq;
        }
        return new ChainCheck(broken == null, entries, broken);
    }
}
