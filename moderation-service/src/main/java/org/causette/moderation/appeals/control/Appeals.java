package org.causette.moderation.appeals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Events;
import org.causette.kit.problems.ProblemException;
import org.causette.moderation.appeals.entity.Appeal;
import org.causette.moderation.appeals.entity.AppealNotFound;
import org.causette.moderation.appeals.entity.AppealReceipt;
import org.causette.moderation.appeals.entity.AppealRequest;
import org.causette.moderation.appeals.entity.Outcome;
import org.causette.moderation.appeals.entity.ReviewRequest;
import org.causette.moderation.cases.control.CaseStore;
import org.causette.moderation.cases.entity.CaseDetail;
import org.causette.moderation.cases.entity.CaseRecord;
import org.causette.moderation.sanctions.control.SanctionPublisher;
import org.causette.moderation.sanctions.control.SanctionStore;
import org.causette.moderation.sanctions.entity.Sanction;
import org.causette.moderation.statements.control.StatementStore;
import org.causette.moderation.statements.control.StatementsOfReasons;
import org.causette.moderation.statements.entity.StatementNotFound;
import org.causette.moderation.statements.entity.StatementOrigin;
import org.causette.contracts.Verdict;
import org.causette.moderation.verdicts.control.VerdictPublisher;
import org.causette.moderation.verdicts.control.VerdictStore;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The internal complaint-handling system (DSA Art. 20): the person a decision concerns contests it within six months;
 * another moderator than the one who decided reviews it; a reversal lifts the sanction.
 */
@ApplicationScoped
public class Appeals {
    private static final System.Logger LOG = System.getLogger(Appeals.class.getName());

    @Inject
    AppealStore appeals;

    @Inject
    StatementStore statements;

    @Inject
    StatementsOfReasons statementLinks;

    @Inject
    CaseStore cases;

    @Inject
    SanctionStore sanctions;

    @Inject
    SanctionPublisher sanctionPublisher;

    @Inject
    VerdictStore verdicts;

    @Inject
    VerdictPublisher verdictPublisher;

    public AppealReceipt file(AppealRequest request, String callerSessionId) {
        var complaint = AppealRules.complaint(request);
        var origin = statements.origin(request.statementId().strip()).orElseThrow(StatementNotFound::new);
        AppealRules.checkAppellant(origin.sessionId(), callerSessionId);
        var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AppealRules.checkInPeriod(origin.issuedAt(), now);
        var id = AppealRules.appealId(origin.statementId());
        var appeal = new Appeal(id, origin.statementId(), "pending", complaint, now, origin.sessionId(),
                origin.decision(), origin.caseId(), origin.automatedDecision() ? null : decidedBy(origin),
                origin.issuedAt(), null);
        if (!appeals.file(appeal)) {
            throw ProblemException.conflict("already-appealed", "This decision has been appealed already.");
        }
        LOG.log(System.Logger.Level.INFO, "appeal {0} filed against statement {1}", id, origin.statementId());
        return new AppealReceipt(id, "pending");
    }

    /** Pending ones oldest first; decided ones newest first. */
    public List<Appeal> list(String status) {
        var listed = appeals.withStatus(status);
        Comparator<Appeal> order = Comparator.comparing(Appeal::filedAt, Comparator.nullsLast(Comparator.naturalOrder()));
        return listed.stream().sorted("pending".equals(status) ? order : order.reversed()).toList();
    }

    public Appeal find(String id) {
        return appeals.find(id).orElseThrow(AppealNotFound::new);
    }

    public Appeal review(String id, ReviewRequest request, String reviewer) {
        var outcome = AppealRules.outcome(request);
        var reason = AppealRules.reviewReason(request);
        var appeal = find(id);
        if (!appeal.pending()) {
            throw alreadyReviewed();
        }
        AppealRules.checkReviewer(appeal.decidedBy(), reviewer);
        var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var reviewId = Events.newId();
        if (!appeals.claim(id, reviewId, now)) {
            throw alreadyReviewed();
        }
        try {
            var lifted = outcome == Outcome.REVERSED ? lift(appeal, reason, reviewer, now) : List.<String>of();
            if (outcome == Outcome.REVERSED) {
                restore(appeal, reviewId);
            }
            var review = new Appeal.Review(outcome.id(), reason, reviewer, now, lifted);
            appeals.close(id, reviewId, review);
            LOG.log(System.Logger.Level.INFO, "appeal {0} {1}; {2} sanction(s) lifted", id, outcome.id(), lifted.size());
            return new Appeal(appeal.id(), appeal.statementId(), outcome.id(), appeal.complaint(), appeal.filedAt(),
                    appeal.sessionId(), appeal.decision(), appeal.caseId(), appeal.decidedBy(), appeal.decidedAt(),
                    review);
        } catch (RuntimeException e) {
            try {
                appeals.release(id, reviewId);
            } catch (RuntimeException again) {
                LOG.log(System.Logger.Level.WARNING, "appeal {0} stays claimed by failed review {1} for {2}", id,
                        reviewId, AppealStore.STALE_CLAIM);
            }
            throw e;
        }
    }

    /**
     * Ends the sanctions the contested decision imposed. The gateways hear of it first, then the sanction is marked:
     * a failure in between repeats the (harmless) event on the next attempt rather than losing it.
     */
    private List<String> lift(Appeal appeal, String reason, String reviewer, Instant now) {
        var lifted = new ArrayList<String>();
        for (Sanction s : sanctions.ofStatement(appeal.statementId())) {
            if (s.liftedAt() != null) {
                continue;
            }
            if (s.activeAt(now)) {
                sanctionPublisher.lifted(s, now, reason, statementLinks.url(appeal.statementId()));
            }
            sanctions.lift(s.sanctionId(), now, reviewer, appeal.id());
            lifted.add(s.sanctionId());
        }
        return lifted;
    }

    /**
     * A reversed decision on a message (removed by a moderator, or blocked or held by the engine) gives it back: it is
     * delivered, and takes its place in the history again.
     */
    private void restore(Appeal appeal, String reviewId) {
        if (!RESTORABLE.contains(appeal.decision())) {
            return;
        }
        statements.origin(appeal.statementId()).map(StatementOrigin::messageId).flatMap(verdicts::find).ifPresent(v -> {
            var allow = new Verdict(Verdict.Action.allow, List.of(), List.of(), null, v.message().text(), 0.0);
            verdicts.overrule(v.message().id(), allow, null, reviewId);
            verdictPublisher.overruled(v.message(), allow, null);
            LOG.log(System.Logger.Level.INFO, "appeal {0}: message {1} restored", appeal.id(), v.message().id());
        });
    }

    private static final java.util.Set<String> RESTORABLE = java.util.Set.of("remove-message", "block", "hold");

    /** The moderator whose decision the statement explains: from the case it closed, else from its sanction. */
    private String decidedBy(StatementOrigin origin) {
        Optional<String> fromCase = Optional.ofNullable(origin.caseId()).flatMap(cases::find)
                .map(CaseRecord::decision).filter(d -> origin.statementId().equals(d.statement()))
                .map(CaseDetail.DecisionRecord::decidedBy);
        return fromCase.or(() -> sanctions.ofStatement(origin.statementId()).stream().map(Sanction::issuedBy)
                .filter(Objects::nonNull).findFirst()).orElse(null);
    }

    private static ProblemException alreadyReviewed() {
        return ProblemException.conflict("appeal-decided", "This appeal is already decided (or being decided).");
    }
}
