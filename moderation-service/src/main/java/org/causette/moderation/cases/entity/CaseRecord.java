package org.causette.moderation.cases.entity;

import java.time.Instant;
import java.util.List;

/** A case as stored; {@code status} is open, deciding (a decision is being applied) or closed. */
public record CaseRecord(String id, String status, String source, String category, int priority, CaseTarget target,
                         Instant openedAt, List<CaseReport> reports, CaseDetail.DecisionRecord decision,
                         boolean trustedFlagger) {

    public boolean open() {
        return !"closed".equals(status);
    }

    public CaseSummary summary() {
        return new CaseSummary(id, priority, category, open() ? "open" : "closed", source, target, openedAt,
                reports.size(), trustedFlagger);
    }
}
