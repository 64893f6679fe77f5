package org.causette.moderation.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.contracts.Channel;
import org.causette.contracts.Events;
import org.causette.contracts.JoinWaveDetected;
import org.causette.contracts.Verdict;
import org.causette.kit.problems.ProblemException;
import org.causette.moderation.cases.entity.CaseClosed;
import org.causette.moderation.cases.entity.CaseDetail;
import org.causette.moderation.cases.entity.CaseNotFound;
import org.causette.moderation.cases.entity.CaseOrder;
import org.causette.moderation.cases.entity.CaseRecord;
import org.causette.moderation.cases.entity.CaseReport;
import org.causette.moderation.cases.entity.CaseSummary;
import org.causette.moderation.cases.entity.CaseTarget;
import org.causette.moderation.cases.entity.Decision;
import org.causette.moderation.cases.entity.DecisionAction;
import org.causette.moderation.cases.entity.DecisionReceipt;
import org.causette.moderation.cases.entity.DecisionRequest;
import org.causette.moderation.cases.entity.ReportCategory;
import org.causette.moderation.cases.entity.TakenAction;
import org.causette.moderation.sanctions.control.SanctionPublisher;
import org.causette.moderation.sanctions.control.RepeatOffenders;
import org.causette.moderation.sanctions.control.SanctionStore;
import org.causette.moderation.sanctions.entity.Sanction;
import org.causette.moderation.statements.control.StatementsOfReasons;
import org.causette.moderation.statements.entity.Restriction;
import org.causette.moderation.verdicts.control.VerdictPublisher;
import org.causette.moderation.verdicts.control.VerdictStore;
import org.causette.moderation.verdicts.entity.StoredVerdict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The moderators' work: the queue, a case with its context, and decisions with their effects. */
@ApplicationScoped
public class Casework {
    private static final System.Logger LOG = System.getLogger(Casework.class.getName());
    private static final int CLOSED_LIMIT = 200;

    @Inject
    CaseStore cases;

    @Inject
    VerdictStore verdicts;

    @Inject
    VerdictPublisher verdictPublisher;

    @Inject
    SanctionStore sanctions;

    @Inject
    SanctionPublisher sanctionPublisher;

    @Inject
    StatementsOfReasons statements;

    @Inject
    ReportOutcomes outcomes;

    @Inject
    RepeatOffenders repeatOffenders;

    /** The target of a report or a flag on a message: its author and room when the message is known. */
    public CaseTarget messageTarget(String messageId, Optional<StoredVerdict> stored) {
        return stored.map(v -> {
            var channel = v.message().channel();
            return new CaseTarget(messageId, v.message().sender().sessionId(),
                    channel.kind() == Channel.Kind.room ? channel.id() : null);
        }).orElse(new CaseTarget(messageId, null, null));
    }

    /** A held message waits in an automatic case (joining the message's open case if someone reported it already). */
    public String openAutomatic(StoredVerdict held) {
        var message = held.message();
        var category = ReportCategory.mostUrgent(held.verdict().categories());
        var flag = new CaseReport("automatic:" + message.id(), "automatic", category.id(), held.verdict().reason(), null,
                held.evaluatedAt());
        return cases.openOrJoin(messageTarget(message.id(), Optional.of(held)), category, "automatic", flag,
                VerdictStore.toDocument(message));
    }

    /** A join wave waits in an automatic case on its room (several waves in one room join one open case). */
    public String openJoinWave(JoinWaveDetected wave) {
        var comment = "join wave: " + wave.joins() + " sessions joined within " + wave.windowSeconds()
                + " s; slow mode of " + wave.slowModeSeconds() + " s until " + wave.until();
        var flag = new CaseReport("automatic:" + wave.eventId(), "automatic", ReportCategory.SPAM.id(), comment, null,
                wave.occurredAt());
        return cases.openOrJoin(new CaseTarget(null, null, wave.roomId()), ReportCategory.SPAM, "automatic", flag, null);
    }

    public List<CaseSummary> queue(boolean open) {
        var listed = cases.withStatus(open).stream().map(CaseRecord::summary);
        if (open) {
            return listed.sorted(CaseOrder.QUEUE).toList();
        }
        return listed.sorted(Comparator.comparing(CaseSummary::openedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(CLOSED_LIMIT).toList();
    }

    public CaseDetail detail(String caseId) {
        var record = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        var target = record.target();
        CaseDetail.ReportedMessage message = null;
        if (target.messageId() != null) {
            var automatic = verdicts.automaticVerdict(target.messageId()).orElse(null);
            message = verdicts.find(target.messageId()).map(v -> reported(v, automatic))
                    .or(() -> cases.evidence(caseId).map(Casework::reported)).orElse(null);
        }
        var past = target.sessionId() == null ? List.<CaseDetail.PastSanction>of()
                : sanctions.ofSession(target.sessionId()).stream()
                .map(s -> new CaseDetail.PastSanction(s.sanctionId(), s.action(), s.until(), s.reason(), s.issuedAt(),
                        statements.url(s.statementId())))
                .toList();
        var decision = record.decision() == null ? null : withStatementUrl(record.decision());
        return new CaseDetail(record.id(), record.priority(), record.category(), record.summary().status(),
                record.source(), target, record.openedAt(), record.reports(), message, past, decision);
    }

    public DecisionReceipt decide(String caseId, DecisionRequest request, String decidedBy) {
        var steps = DecisionRules.validateAll(request);
        var record = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        if (!record.open()) {
            throw new CaseClosed();
        }
        var target = record.target();
        Optional<StoredVerdict> message = target.messageId() == null ? Optional.empty() : verdicts.find(target.messageId());
        if (target.sessionId() == null && message.isPresent()) {
            // reported before the message reached moderation: its author is known now
            cases.completeTarget(caseId, messageTarget(target.messageId(), message));
            record = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
            target = record.target();
        }
        for (var step : steps) {
            checkApplicable(step, target, message);
        }
        var now = Instant.now();
        var decisionId = Events.newId();
        var claimed = cases.claim(caseId, decisionId, now).orElseThrow(CaseClosed::new);
        try {
            var taken = new ArrayList<TakenAction>();
            var statementIds = new ArrayList<String>();
            for (var step : steps) {
                var statementId = step.action().restricts() ? StatementsOfReasons.newId() : null;
                var statementUrl = apply(claimed, step, decisionId, statementId, message, decidedBy, now);
                taken.add(new TakenAction(step.action().id(), step.durationMinutes(), statementUrl));
                statementIds.add(statementId);
            }
            var first = steps.get(0);
            var stored = new ArrayList<TakenAction>();
            for (int i = 0; i < steps.size(); i++) {
                stored.add(new TakenAction(steps.get(i).action().id(), steps.get(i).durationMinutes(), statementIds.get(i)));
            }
            var primaryStatement = statementIds.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
            cases.close(claimed, new CaseDetail.DecisionRecord(decisionId, first.action().id(), first.durationMinutes(),
                    first.reason(), first.ground(), decidedBy, now, null, stored), primaryStatement);
            LOG.log(System.Logger.Level.INFO, "case {0} closed by decision {1}: {2}", caseId, decisionId,
                    String.join("+", taken.stream().map(TakenAction::action).toList()));
            var primaryUrl = taken.stream().map(TakenAction::statement).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
            afterDecision(claimed, steps, primaryUrl, now);
            return new DecisionReceipt(decisionId, primaryUrl, List.copyOf(taken));
        } catch (RuntimeException e) {
            try {
                cases.release(caseId, decisionId);
            } catch (RuntimeException again) {
                LOG.log(System.Logger.Level.WARNING, "case {0} stays claimed by failed decision {1} for {2}", caseId,
                        decisionId, CaseStore.STALE_CLAIM);
            }
            throw e;
        }
    }

    private static void checkApplicable(Decision step, CaseTarget target, Optional<StoredVerdict> message) {
        if (step.action().actsOnMessage()) {
            if (target.messageId() == null) {
                throw ProblemException.invalidField("action", step.action().id() + " needs a case about a message");
            }
            if (message.isEmpty()) {
                throw ProblemException.conflict("message-unknown", "The reported message has not reached moderation.");
            }
        }
        if (step.action().sanctionsSession() && target.sessionId() == null) {
            throw ProblemException.invalidField("action", step.action().id() + " needs a case about a session");
        }
    }

    /** Reporters hear the outcome; a warning may make a repeat offender. Failures here do not undo the decision. */
    private void afterDecision(CaseRecord record, List<Decision> steps, String statementUrl, Instant now) {
        var restricting = steps.stream().map(Decision::action).filter(DecisionAction::restricts).findFirst()
                .orElse(steps.get(0).action());
        try {
            outcomes.decided(record, restricting, statementUrl, now);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "case {0}: reporters not told the outcome ({1})", record.id(),
                    e.getClass().getSimpleName());
        }
        if (steps.stream().anyMatch(d -> d.action() == DecisionAction.WARN)) {
            try {
                repeatOffenders.afterWarning(record.target().sessionId(), record.id());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "case {0}: repeat-offender check failed ({1})", record.id(),
                        e.getClass().getSimpleName());
            }
        }
    }

    private String apply(CaseRecord record, Decision decision, String decisionId, String statementId,
                         Optional<StoredVerdict> message, String decidedBy, Instant now) {
        var action = decision.action();
        var target = record.target();
        var until = until(action, decision.durationMinutes(), now);
        String statementUrl = null;
        if (statementId != null) {
            statementUrl = statements.decision(new Restriction(statementId, action.id(), decision.reason(),
                    decision.ground(), decision.durationMinutes(), until, categories(record),
                    Facts.of(record, message.orElse(null), now), "automatic".equals(record.source()),
                    action == DecisionAction.REMOVE_MESSAGE ? message.get().message().sender().sessionId() : target.sessionId(),
                    target.messageId(), record.id()), now);
        }
        if (action.sanctionsSession()) {
            var sanction = new Sanction(Events.newId(), target.sessionId(), null, action.id(), until, decision.reason(),
                    decision.ground(), record.id(), decisionId, statementId, decidedBy, now, null);
            sanctions.store(sanction);
            sanctionPublisher.sanctioned(sanction, statementUrl);
        } else if (action == DecisionAction.REMOVE_MESSAGE || action == DecisionAction.APPROVE_MESSAGE) {
            var stored = message.orElseThrow();
            var original = stored.message().text();
            var verdict = action == DecisionAction.REMOVE_MESSAGE
                    ? new Verdict(Verdict.Action.block, categories(record), List.of(decision.ground()), decision.reason(),
                    original, 1.0)
                    : new Verdict(Verdict.Action.allow, List.of(), List.of(), null, original, 0.0);
            verdicts.overrule(stored.message().id(), verdict, statementId, decisionId);
            verdictPublisher.overruled(stored.message(), verdict, statementUrl);
        }
        return statementUrl;
    }

    /** End of a mute or of a temporary ban; null for a permanent ban and for what has no duration (warn, kick). */
    static Instant until(DecisionAction action, Long durationMinutes, Instant now) {
        if ((action == DecisionAction.MUTE || action == DecisionAction.BAN) && durationMinutes != null) {
            return now.plus(Duration.ofMinutes(durationMinutes));
        }
        return null;
    }

    private static List<String> categories(CaseRecord record) {
        return record.reports().stream().map(CaseReport::category).distinct().toList();
    }

    private CaseDetail.DecisionRecord withStatementUrl(CaseDetail.DecisionRecord d) {
        var actions = d.actions() == null || d.actions().isEmpty()
                ? List.of(new TakenAction(d.action(), d.durationMinutes(), d.statement())) : d.actions();
        return new CaseDetail.DecisionRecord(d.id(), d.action(), d.durationMinutes(), d.reason(), d.ground(),
                d.decidedBy(), d.decidedAt(), statements.url(d.statement()), actions.stream()
                .map(a -> new TakenAction(a.action(), a.durationMinutes(), statements.url(a.statement()))).toList());
    }

    private static CaseDetail.ReportedMessage reported(StoredVerdict v, Verdict automatic) {
        var m = v.message();
        return new CaseDetail.ReportedMessage(m.id(), m.text(), m.channel(), m.sender().sessionId(),
                m.sender().nickname(), m.sentAt(), v.verdict(), !v.automatic(), automatic);
    }

    private static CaseDetail.ReportedMessage reported(Document evidence) {
        var m = VerdictStore.toMessage(evidence);
        return new CaseDetail.ReportedMessage(m.id(), m.text(), m.channel(), m.sender().sessionId(),
                m.sender().nickname(), m.sentAt(), null, false, null);
    }
}
