package org.causette.moderation.engine.policy;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Category;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationSettings;
import org.causette.moderation.engine.Verdict;
import org.causette.moderation.engine.model.ModelHit;
import org.causette.moderation.engine.risk.RiskAssessment;
import org.causette.moderation.engine.risk.RiskSignal;
import org.causette.moderation.engine.rules.Finding;
import org.causette.moderation.engine.rules.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides a verdict from what the engine found, in three steps: the rules' findings, then the model's hit, then the
 * conversation's risk. Each step can raise the action, none lowers it; the score is the highest any step gives
 * ({@link VerdictWeights}).
 */
public final class VerdictPolicy {

    /** sexual rules that ask someone for pictures or sex: child-safety too where a teen is present */
    private static final String SOLICITATION = "sexual.solicitation";

    private final ActionPolicy actions;
    private final VerdictWeights weights;
    private final double holdThreshold;

    public VerdictPolicy(ModerationSettings settings) {
        this.actions = new ActionPolicy(settings);
        this.weights = settings.verdict();
        this.holdThreshold = settings.holdThreshold();
    }

    public Verdict decide(String text, Context context, List<Finding> findings, RiskAssessment risk, ModelHit hit) {
        VerdictDraft draft = new VerdictDraft();
        weighFindings(findings, context, draft);
        weighModel(hit, draft);
        weighRisk(risk, context, draft);
        return draft.verdict(text, reason(context, draft));
    }

    /**
     * Each finding gets the action its context calls for; mild findings the context allows do not count. The
     * strongest action, then the most severe finding, names the verdict; the other categories and rule ids follow by
     * severity.
     */
    void weighFindings(List<Finding> findings, Context context, VerdictDraft draft) {
        List<Finding> counted = new ArrayList<>();
        Finding top = null;
        Action topAction = Action.ALLOW;
        for (Finding f : findings) {
            Action a = actions.actionFor(f, context);
            if (a == Action.ALLOW && f.severity() == Severity.LOW) {
                continue;
            }
            counted.add(f);
            if (a == Action.MASK) {
                draft.masked.add(f);
            }
            double score = weights.score(f.severity());
            draft.raiseScore(a == Action.ALLOW ? score * weights.allowedShare() : score);
            if (top == null || a.ordinal() > topAction.ordinal()
                    || a == topAction && f.severity().ordinal() > top.severity().ordinal()) {
                top = f;
                topAction = a;
            }
            draft.action = draft.action.max(a);
        }
        if (top != null) {
            draft.categories.add(top.category().id());
            draft.topCategory = top.category();
        }
        counted.sort(Comparator.comparing(Finding::severity).reversed());
        for (Finding f : counted) {
            draft.categories.add(f.category().id());
            draft.ruleIds.add(f.rule().id());
            if (context.teenPresent() && f.rule().id().startsWith(SOLICITATION)) {
                draft.categories.add(Category.CHILD_SAFETY.id());
            }
        }
    }

    /** The model's hit counts with its probability; when it raises the action, its category names the verdict. */
    void weighModel(ModelHit hit, VerdictDraft draft) {
        if (hit == null) {
            return;
        }
        draft.ruleIds.add(hit.ruleId());
        draft.raiseScore(hit.probability());
        if (hit.action().ordinal() > draft.action.ordinal()) {
            draft.action = hit.action();
            draft.topCategory = hit.category();
            draft.byModel = true;
            draft.putFirst(hit.category().id());
        } else {
            draft.categories.add(hit.category().id());
        }
    }

    /**
     * A conversation risk at the hold threshold holds the message at least: grooming where a teen may be, an ambush
     * (come alone, a secluded place) between adults. Below it, the risk only raises the score.
     */
    void weighRisk(RiskAssessment risk, Context context, VerdictDraft draft) {
        if (risk.score() >= holdThreshold) {
            boolean ambush = !context.teenPresent() && (risk.signals().contains(RiskSignal.COME_ALONE)
                    || risk.signals().contains(RiskSignal.SECLUDED_PLACE));
            Category category = ambush ? Category.THREAT : Category.CHILD_SAFETY;
            draft.ruleIds.add(ambush ? "risk.ambush" : "risk.grooming");
            draft.categories.add(category.id());
            draft.raiseScore(Math.min(1.0, weights.heldRiskBase() + weights.heldRiskSlope() * risk.score() / holdThreshold));
            if (draft.action.ordinal() < Action.HOLD.ordinal()) {
                draft.action = Action.HOLD;
                draft.topCategory = category;
                draft.byModel = false;
            }
        } else if (risk.score() > 0) {
            draft.raiseScore(weights.pendingRiskShare() * risk.score() / holdThreshold);
        }
    }

    static String reason(Context context, VerdictDraft draft) {
        if (context.isName() && draft.action == Action.BLOCK) {
            return context == Context.NICKNAME ? "Ce pseudo n'est pas autorisé." : "Ce nom de salon n'est pas autorisé.";
        }
        return draft.byModel ? Reasons.ofModel(draft.action, draft.topCategory) : Reasons.of(draft.action, draft.topCategory);
    }
}
