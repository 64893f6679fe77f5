package org.causette.moderation.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.ReportDecided;
import org.causette.kit.events.EventPublisher;
import org.causette.moderation.cases.entity.CaseRecord;
import org.causette.moderation.cases.entity.CaseReport;
import org.causette.moderation.cases.entity.DecisionAction;
import org.causette.moderation.reports.control.ReportStore;
import org.causette.moderation.reports.control.ReporterStanding;

import java.time.Instant;
import java.util.LinkedHashSet;

/**
 * What follows a decision for the reporters (DSA Art. 16(5)): each is told the outcome on its stream, the reports
 * record it, and a dismissal counts against a reporter's standing (Art. 23(2)).
 */
@ApplicationScoped
public class ReportOutcomes {

    @Inject
    EventPublisher publisher;

    @Inject
    ReportStore reports;

    @Inject
    ReporterStanding standing;

    /** action-taken when the decision restricted someone or something, no-action otherwise. */
    public static String outcome(DecisionAction action) {
        return action.restricts() ? "action-taken" : "no-action";
    }

    public void decided(CaseRecord record, DecisionAction action, String statementUrl, Instant at) {
        var outcome = outcome(action);
        reports.decided(record.id(), outcome, at);
        var dismissedReporters = new LinkedHashSet<String>();
        for (CaseReport report : record.reports()) {
            if ("automatic".equals(report.source()) || report.reporterSessionId() == null) {
                continue;
            }
            publisher.toTopic(Destinations.GATEWAY_EVENTS, new ReportDecided(Events.newId(), at, report.id(),
                    report.reporterSessionId(), record.id(), outcome, statementUrl), report.reporterSessionId());
            if (action == DecisionAction.DISMISS && "report".equals(report.source())) {
                dismissedReporters.add(report.reporterSessionId());
            }
        }
        standing.dismissed(dismissedReporters, at);
    }
}
