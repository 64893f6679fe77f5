package org.causette.moderation.cases.entity;

import org.causette.contracts.Channel;
import org.causette.contracts.Verdict;

import java.time.Instant;
import java.util.List;

/**
 * Everything a moderator needs to decide: the case, its reports, the reported message as written (evidence) with its
 * verdict, and the earlier sanctions of the session concerned.
 */
public record CaseDetail(String id, int priority, String category, String status, String source, CaseTarget target,
                         Instant openedAt, List<CaseReport> reports, ReportedMessage message,
                         List<PastSanction> sanctions, DecisionRecord decision) {

    /**
     * The message as written; {@code verdict} is the one in force (a moderator's once overruled),
     * {@code automaticVerdict} what the engine decided and why (categories, rule ids, score, reason).
     */
    public record ReportedMessage(String id, String text, Channel channel, String senderSessionId, String senderNickname,
                                  Instant sentAt, Verdict verdict, boolean overruled, Verdict automaticVerdict) {
    }

    public record PastSanction(String sanctionId, String action, Instant until, String reason, Instant issuedAt,
                               String statement) {
    }

    /**
     * The decision that closed the case: {@code action} and {@code statement} are its first action's, {@code actions}
     * all of them (one for a decision taken before decisions could have several).
     */
    public record DecisionRecord(String id, String action, Long durationMinutes, String reason, String ground,
                                 String decidedBy, Instant decidedAt, String statement, List<TakenAction> actions) {
    }
}
