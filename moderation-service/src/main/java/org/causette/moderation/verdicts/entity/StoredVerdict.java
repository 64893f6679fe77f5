package org.causette.moderation.verdicts.entity;

import org.causette.contracts.ChatMessage;
import org.causette.contracts.Verdict;

import java.time.Instant;

/**
 * The verdict on one message with the message itself, kept as evidence. {@code decisionId} is set when a moderator
 * overruled the automatic verdict; {@code statementId} names the statement of reasons in force, if any;
 * {@code caseId} the case a hold opened.
 */
public record StoredVerdict(ChatMessage message, Verdict verdict, String statementId, Instant evaluatedAt,
                            String caseId, String decisionId) {

    public boolean automatic() {
        return decisionId == null;
    }
}
