package org.causette.moderation.cases.entity;

/** A validated decision; {@code durationMinutes} null means none (or, for a ban, permanent). */
public record Decision(DecisionAction action, Long durationMinutes, String reason, String ground) {
}
