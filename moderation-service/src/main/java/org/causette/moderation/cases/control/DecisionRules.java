package org.causette.moderation.cases.control;

import org.causette.kit.problems.ProblemException;
import org.causette.moderation.cases.entity.Decision;
import org.causette.moderation.cases.entity.DecisionAction;
import org.causette.moderation.cases.entity.DecisionRequest;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks a posted decision before anything happens; every refusal is a 400 invalid-field naming the field. */
public final class DecisionRules {
    /** Ten years: longer is a permanent ban, which is a ban without a duration. */
    public static final long MAX_DURATION_MINUTES = 10L * 366 * 24 * 60;
    public static final int MAX_REASON = 1000;
    /** {@code terms:4.2}, {@code law:fr-cp-227-22}, {@code dsa:art-16}: a scheme, a colon, a reference. */
    private static final Pattern GROUND = Pattern.compile("[a-z][a-z0-9-]{0,19}:[\\p{L}\\p{N}._/()-]{1,80}");
    private static final String ACTIONS = Arrays.stream(DecisionAction.values()).map(DecisionAction::id)
            .collect(Collectors.joining(", "));

    private DecisionRules() {
    }

    public static Decision validate(DecisionRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("body", "a decision is required");
        }
        var action = DecisionAction.of(request.action())
                .orElseThrow(() -> ProblemException.invalidField("action", "one of " + ACTIONS));
        var duration = request.durationMinutes();
        if (duration != null && duration <= 0) {
            throw ProblemException.invalidField("durationMinutes", "a positive number of minutes");
        }
        if (duration != null && duration > MAX_DURATION_MINUTES) {
            throw ProblemException.invalidField("durationMinutes", "at most " + MAX_DURATION_MINUTES
                    + " minutes; omit it for a permanent ban");
        }
        if (action == DecisionAction.MUTE && duration == null) {
            throw ProblemException.invalidField("durationMinutes", "required for a mute");
        }
        if (duration != null && action != DecisionAction.MUTE && action != DecisionAction.BAN) {
            throw ProblemException.invalidField("durationMinutes", "only a mute or a ban has a duration");
        }
        var reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty()) {
            throw ProblemException.invalidField("reason", "required: it is told to the person concerned");
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw ProblemException.invalidField("reason", "at most " + MAX_REASON + " characters");
        }
        var ground = request.ground() == null ? "" : request.ground().strip();
        if (ground.isEmpty()) {
            throw ProblemException.invalidField("ground", "required, e.g. terms:4.2");
        }
        if (!GROUND.matcher(ground).matches()) {
            throw ProblemException.invalidField("ground", "a scheme and a reference, e.g. terms:4.2 or law:fr-cp-222-33-2-2");
        }
        return new Decision(action, duration, reason, ground);
    }
}
