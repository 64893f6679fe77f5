package org.causette.moderation.appeals.entity;

/** A moderator's review of an appeal: {@code outcome} upheld (the decision stands) or reversed. */
public record ReviewRequest(String outcome, String reason) {
}
