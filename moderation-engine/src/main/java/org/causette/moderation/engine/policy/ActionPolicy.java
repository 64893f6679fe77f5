package org.causette.moderation.engine.policy;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationSettings;
import org.causette.moderation.engine.rules.Finding;
import org.causette.moderation.engine.rules.RuleFlag;
import org.causette.moderation.engine.rules.Severity;

/**
 * Turns one finding into an action for the audience of the context.
 * <ul>
 * <li>nicknames and room names: anything found blocks, even mild profanity;</li>
 * <li>hate, threats, child safety, illegal trade, harassment, spam: block from MEDIUM severity (LOW, such as
 *     untargeted swearing, is allowed);</li>
 * <li>sexual: blocked where a teen is present; in adult rooms explicit terms are masked (configurable), severe
 *     ones blocked; allowed in private adult conversations unless severe;</li>
 * <li>rules flagged {@code teen-hold} (hostility without a clear insult or threat): held for review where a teen
 *     is present, allowed between adults;</li>
 * <li>rules flagged {@code hold} (grooming cues that name a minor): held for review in every context;</li>
 * <li>contact details: blocked where a teen is present, masked in adult rooms, allowed between two adults in
 *     private (the risk tracker still counts them).</li>
 * </ul>
 */
public final class ActionPolicy {

    private final ModerationSettings settings;

    public ActionPolicy(ModerationSettings settings) {
        this.settings = settings;
    }

    public Action actionFor(Finding finding, Context context) {
        if (context.isName()) {
            return Action.BLOCK;
        }
        Severity severity = finding.severity();
        if (finding.rule().has(RuleFlag.HOLD) && severity != Severity.LOW) {
            return Action.HOLD;
        }
        if (finding.rule().has(RuleFlag.TEEN_HOLD) && severity != Severity.LOW) {
            return context.teenPresent() ? Action.HOLD : Action.ALLOW;
        }
        return switch (finding.category()) {
            case PERSONAL_DATA -> switch (context) {
                case ADULT_ROOM -> Action.MASK;
                case ADULT_DIRECT -> Action.ALLOW;
                default -> Action.BLOCK;
            };
            case SEXUAL -> {
                if (severity == Severity.LOW) {
                    yield Action.ALLOW;
                }
                if (context.teenPresent() || severity == Severity.SEVERE) {
                    yield Action.BLOCK;
                }
                yield context == Context.ADULT_ROOM ? settings.adultRoomSexual() : Action.ALLOW;
            }
            default -> severity == Severity.LOW ? Action.ALLOW : Action.BLOCK;
        };
    }
}
