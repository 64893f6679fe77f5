package org.causette.moderation.transparency.entity;

import java.time.Instant;

/** What a transparency report counts, read from the stores. */
public final class Facts {
    private Facts() {
    }

    /** @param trustedFlagger submitted by a trusted flagger (DSA Art. 22), counted apart (Art. 15(1)(b)) */
    public record Notice(String category, Instant at, boolean trustedFlagger) {
        public Notice(String category, Instant at) {
            this(category, at, false);
        }
    }

    /** @param firstReportAt the first user report on the case decided, null for automated ones and own-initiative cases */
    public record Decision(String action, String ground, boolean automated, Instant decidedAt, Instant firstReportAt) {
    }

    /** @param outcome null while pending */
    public record Appeal(Instant filedAt, String outcome, Instant reviewedAt) {
    }
}
