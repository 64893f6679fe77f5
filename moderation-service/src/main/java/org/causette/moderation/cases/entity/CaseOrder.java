package org.causette.moderation.cases.entity;

import java.util.Comparator;

/** The queue's order: most urgent first, then what trusted flaggers reported (DSA Art. 22), then oldest first. */
public final class CaseOrder {
    public static final Comparator<CaseSummary> QUEUE = Comparator.comparingInt(CaseSummary::priority)
            .thenComparing(CaseSummary::trustedFlagger, Comparator.reverseOrder())
            .thenComparing(CaseSummary::openedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CaseSummary::id);

    private CaseOrder() {
    }
}
