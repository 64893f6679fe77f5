package org.causette.moderation.cases.control;

import org.causette.kit.problems.ProblemException;
import org.causette.moderation.cases.entity.Decision;
import org.causette.moderation.cases.entity.DecisionAction;
import org.causette.moderation.cases.entity.DecisionRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * A decision of one action ({@code action}) or several ({@code actions}): at most one on the message and one on
     * its author, so {@code remove-message} with one of warn, mute, kick, ban; dismiss and approve-message stand
     * alone. The message's action comes first.
     */
    public static List<Decision> validateAll(DecisionRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("body", "a decision is required");
        }
        if (request.actions() == null) {
            return List.of(validate(request));
        }
        if (request.action() != null || request.durationMinutes() != null) {
            throw ProblemException.invalidField("actions", "give either action (with durationMinutes) or actions");
        }
        if (request.actions().isEmpty() || request.actions().size() > 2) {
            throw ProblemException.invalidField("actions", "one or two actions");
        }
        var steps = new ArrayList<Decision>();
        for (int i = 0; i < request.actions().size(); i++) {
            var step = request.actions().get(i);
            if (step == null) {
                throw ProblemException.invalidField("actions[" + i + "]", "an object with action");
            }
            try {
                steps.add(validate(DecisionRequest.single(step.action(), step.durationMinutes(), request.reason(),
                        request.ground())));
            } catch (ProblemException e) {
                throw "reason".equals(fieldOf(e)) || "ground".equals(fieldOf(e)) ? e
                        : ProblemException.invalidField("actions[" + i + "]." + fieldOf(e), reasonOf(e));
            }
        }
        if (steps.size() == 2) {
            var onMessage = steps.stream().filter(d -> d.action() == DecisionAction.REMOVE_MESSAGE).toList();
            var onAuthor = steps.stream().filter(d -> d.action().sanctionsSession()).toList();
            if (onMessage.size() != 1 || onAuthor.size() != 1) {
                throw ProblemException.invalidField("actions",
                        "two actions combine remove-message with one of warn, mute, kick, ban");
            }
            return List.of(onMessage.get(0), onAuthor.get(0));
        }
        return steps;
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

    private static final Pattern FIELD_DETAIL = Pattern.compile("(\\S+?): (.*)", Pattern.DOTALL);

    private static String fieldOf(ProblemException e) {
        var m = FIELD_DETAIL.matcher(String.valueOf(e.getMessage()));
        return m.matches() ? m.group(1) : "action";
    }

    private static String reasonOf(ProblemException e) {
        var m = FIELD_DETAIL.matcher(String.valueOf(e.getMessage()));
        return m.matches() ? m.group(2) : String.valueOf(e.getMessage());
    }
}
