package org.causette.moderation.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Events;
import org.causette.kit.problems.ProblemException;
import org.causette.moderation.cases.control.CaseStore;
import org.causette.moderation.cases.control.Casework;
import org.causette.moderation.cases.entity.CaseReport;
import org.causette.moderation.cases.entity.CaseTarget;
import org.causette.moderation.reports.entity.ReportReceipt;
import org.causette.moderation.reports.entity.ReportRequest;
import org.causette.moderation.reports.entity.ValidReport;
import org.causette.moderation.verdicts.control.VerdictStore;
import org.causette.moderation.verdicts.entity.StoredVerdict;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;

/** A report joins the open case of its target (or opens one), so moderators see one case per target. */
@ApplicationScoped
public class Reporting {
    private static final System.Logger LOG = System.getLogger(Reporting.class.getName());

    @Inject
    CaseStore cases;

    @Inject
    Casework casework;

    @Inject
    VerdictStore verdicts;

    @Inject
    ReportStore reports;

    @Inject
    ReporterStanding standing;

    /** How long a report may wait for the verdict of a message accepted a moment ago (still on its way here). */
    @Inject
    @ConfigProperty(name = "causette.moderation.reports.in-flight-grace-millis", defaultValue = "3000")
    long inFlightGraceMillis;

    /** The message's verdict, waiting a little for one accepted so recently that moderation has not seen it yet. */
    private Optional<StoredVerdict> verdictOf(String messageId) {
        var deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(inFlightGraceMillis);
        var found = verdicts.find(messageId);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = verdicts.find(messageId);
        }
        return found;
    }

    /** @param trustedFlagger a trusted flagger's report (DSA Art. 22): first within its priority, never throttled */
    public ReportReceipt report(ReportRequest request, String reporterSessionId, boolean trustedFlagger) {
        var report = ValidReport.of(request);
        if (!trustedFlagger) {
            standing.checkMayReport(reporterSessionId, Instant.now());
        }
        var source = trustedFlagger ? "trusted-flagger" : "report";
        Optional<StoredVerdict> message = report.messageId() == null ? Optional.empty() : verdictOf(report.messageId());
        if (report.messageId() != null && message.isEmpty()) {
            // every message is moderated before anyone can see it: no verdict, no such message
            throw ProblemException.notFound("That message");
        }
        var target = report.messageId() != null ? casework.messageTarget(report.messageId(), message)
                : new CaseTarget(null, report.sessionId(), report.roomId());
        var id = Events.newId();
        var now = Instant.now();
        var caseId = cases.openOrJoin(target, report.category(), "report",
                new CaseReport(id, source, report.category().id(), report.comment(), reporterSessionId, now),
                message.map(v -> VerdictStore.toDocument(v.message())).orElse(null));
        reports.store(id, report, source, reporterSessionId, caseId, now);
        LOG.log(System.Logger.Level.INFO, "report {0} ({1}) joined case {2}", id, report.category().id(), caseId);
        return ReportReceipt.received(id);
    }
}
