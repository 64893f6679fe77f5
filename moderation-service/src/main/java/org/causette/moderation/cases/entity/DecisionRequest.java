package org.causette.moderation.cases.entity;

/**
 * A moderator's decision as posted. {@code durationMinutes} is required for mute, optional for ban (absent =
 * permanent), refused otherwise; {@code reason} (1 to 1000 characters) is told to the person concerned;
 * {@code ground} names the rule or law, e.g. {@code terms:4.2}.
 */
public record DecisionRequest(String action, Long durationMinutes, String reason, String ground) {
}
