package org.causette.moderation.cases.entity;

import java.util.List;

/**
 * A moderator's decision as posted: one {@code action}, or several in {@code actions} (remove the message and
 * sanction its author in one decision). {@code durationMinutes} is required for mute, optional for ban (absent =
 * permanent), refused otherwise; {@code reason} (1 to 1000 characters) is told to the person concerned;
 * {@code ground} names the rule or law, e.g. {@code terms:4.2}; both apply to every action of the decision.
 */
public record DecisionRequest(String action, Long durationMinutes, String reason, String ground,
                              List<Step> actions) {

    /** A one-action decision (a second constructor would leave JSON-B unable to pick one: keep this a factory). */
    public static DecisionRequest single(String action, Long durationMinutes, String reason, String ground) {
        return new DecisionRequest(action, durationMinutes, reason, ground, null);
    }

    /** One action of a decision with several. */
    public record Step(String action, Long durationMinutes) {
    }
}
