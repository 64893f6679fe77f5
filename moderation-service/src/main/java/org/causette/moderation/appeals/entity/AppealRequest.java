package org.causette.moderation.appeals.entity;

/** A complaint against a decision (DSA Art. 20): the statement of reasons it names, and why it is wrong. */
public record AppealRequest(String statementId, String reason) {
}
