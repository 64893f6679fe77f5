package org.causette.moderation.verdicts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Verdict;
import org.causette.kit.events.PipelineTrace;
import org.causette.kit.events.PoisonMessage;
import org.causette.moderation.cases.control.Casework;
import org.causette.moderation.statements.control.StatementsOfReasons;
import org.causette.moderation.verdicts.entity.StoredVerdict;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.Metric;

import java.time.Instant;

/**
 * The verdict on one submitted message. Every step is idempotent, so a redelivery after a failure anywhere repeats
 * what is missing: the first stored verdict wins (a repeat is evaluated again, then dropped), the statement and the
 * case keep their ids.
 * The same message submitted again (a client's resend, messaging-service's outbox) finds its verdict stored: the first
 * submission announced the outcome before it was acknowledged, so only the verdict goes to messaging-service again.
 */
@ApplicationScoped
public class MessageModeration {
    private static final System.Logger LOG = System.getLogger(MessageModeration.class.getName());

    @Inject
    Screening screening;

    @Inject
    VerdictStore verdicts;

    @Inject
    StatementsOfReasons statements;

    @Inject
    Casework casework;

    @Inject
    VerdictPublisher publisher;

    @Inject
    MetricRegistry metrics;

    @Inject
    @Metric(name = "causette.moderation.evaluation", absolute = true,
            description = "time the engine takes to judge one message")
    Timer evaluation;

    /** @param repeated a redelivery, or a retry of this delivery: whatever it did may be unfinished */
    public void moderate(ChatMessage message, boolean repeated) {
        check(message);
        StoredVerdict verdict;
        try (var timing = evaluation.time()) {
            verdict = evaluate(message);
        }
        var stored = verdicts.storeIfAbsent(verdict);
        boolean firstJudged = stored == verdict;
        if (firstJudged) {
            metrics.counter("causette.moderation.verdicts", new Tag("action", verdict.verdict().action().name()))
                    .inc();
        }
        String statementUrl = null;
        if (stored.statementId() != null) {
            statementUrl = stored.automatic() ? statements.automatic(stored) : statements.url(stored.statementId());
        }
        if (stored.automatic() && stored.verdict().action() == Verdict.Action.hold && stored.caseId() == null) {
            var caseId = casework.openAutomatic(stored);
            verdicts.linkCase(message.id(), caseId);
        }
        PipelineTrace.stamp("moderation.verdict");
        publisher.moderated(stored.message(), stored.verdict(), statementUrl, firstJudged || repeated);
        LOG.log(System.Logger.Level.DEBUG, "message {0}: {1}", message.id(), stored.verdict().action());
    }

    StoredVerdict evaluate(ChatMessage message) {
        Verdict verdict;
        try {
            verdict = Verdicts.of(screening.message(message), message.text());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "engine failed on message " + message.id() + "; held for review", e);
            verdict = Verdicts.heldForReview(message.text());
        }
        // random: the first stored verdict keeps its statement id, a redelivery finds it stored and reuses it
        var statementId = verdict.action() == Verdict.Action.allow ? null : StatementsOfReasons.newId();
        return new StoredVerdict(message, verdict, statementId, Instant.now(), null, null);
    }

    private static void check(ChatMessage m) {
        if (m == null || m.id() == null || m.id().isBlank() || m.text() == null || m.channel() == null
                || m.channel().kind() == null || m.channel().id() == null || m.sender() == null
                || m.sender().sessionId() == null) {
            throw new PoisonMessage("MessageSubmitted without id, text, channel or sender");
        }
    }
}
