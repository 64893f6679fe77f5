package org.causette.moderation.engine;

import org.causette.moderation.engine.contacts.ContactShield;
import org.causette.moderation.engine.flood.FloodDetector;
import org.causette.moderation.engine.flood.Mentions;
import org.causette.moderation.engine.model.AbuseModel;
import org.causette.moderation.engine.model.ModelHit;
import org.causette.moderation.engine.model.ModelPolicy;
import org.causette.moderation.engine.model.ModelScores;
import org.causette.moderation.engine.names.StaffLookalikes;
import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.normalize.TextNormalizer;
import org.causette.moderation.engine.policy.VerdictPolicy;
import org.causette.moderation.engine.risk.ConversationRiskTracker;
import org.causette.moderation.engine.risk.FirstContactTracker;
import org.causette.moderation.engine.risk.RiskAssessment;
import org.causette.moderation.engine.risk.RiskSignal;
import org.causette.moderation.engine.rules.ContentScanner;
import org.causette.moderation.engine.rules.Finding;
import org.causette.moderation.engine.rules.Rule;
import org.causette.moderation.engine.rules.RuleBook;
import org.causette.moderation.engine.rules.RuleFlag;
import org.causette.moderation.engine.rules.RuleKind;
import org.causette.moderation.engine.rules.Severity;
import org.causette.moderation.engine.rules.SignalScanner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The moderation engine: normalises a submission, runs the content rules and the contact shield, scores risk
 * signals over the conversation and floods per sender, asks the statistical abuse model, then decides
 * ({@link VerdictPolicy}). The rules stay authoritative: the model can raise an action (per-context thresholds),
 * never lower one. Thread-safe; build once and share.
 */
public final class ModerationEngine {

    /**
     * The category of a nickname that passes for the staff or the platform: not one of the content categories (it
     * says nothing about the content being harmful), so callers can answer it apart.
     */
    public static final String IMPERSONATION = "impersonation";
    private static final String IMPERSONATION_RULE = "name.impersonation";
    private static final Rule FLOOD_RATE = new Rule("spam.flood.rate", RuleKind.CONTENT, Category.SPAM, Severity.MEDIUM, Set.of(), null);
    private static final Rule FLOOD_REPEATED = new Rule("spam.flood.repeated", RuleKind.CONTENT, Category.SPAM, Severity.MEDIUM, Set.of(), null);
    private static final Rule FLOOD_LINKS = new Rule("spam.flood.links", RuleKind.CONTENT, Category.SPAM, Severity.HIGH, Set.of(), null);
    private static final Rule FLOOD_MENTIONS = new Rule("spam.flood.mentions", RuleKind.CONTENT, Category.SPAM, Severity.MEDIUM, Set.of(), null);
    private static final Rule MENTIONS = new Rule("spam.mentions", RuleKind.CONTENT, Category.SPAM, Severity.MEDIUM, Set.of(), null);

    private final ModerationSettings settings;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ContentScanner content;
    private final SignalScanner signals;
    private final ContactShield contacts = new ContactShield();
    private final StaffLookalikes staffLookalikes = new StaffLookalikes();
    private final VerdictPolicy verdicts;
    private final ConversationRiskTracker risk;
    private final FirstContactTracker firstContacts;
    private final FloodDetector flood;
    /** null when switched off or absent from the classpath: rules only */
    private final AbuseModel model;
    private final ModelPolicy modelPolicy;

    private ModerationEngine(ModerationSettings settings, RuleBook rules, AbuseModel model) {
        this.settings = settings;
        this.content = new ContentScanner(rules);
        this.signals = new SignalScanner(rules);
        this.verdicts = new VerdictPolicy(settings);
        this.risk = new ConversationRiskTracker(settings.capacity(), settings.riskHalfLife());
        this.firstContacts = new FirstContactTracker(settings.capacity(), settings.firstContactWindow(), settings.maxFirstContacts());
        this.flood = new FloodDetector(settings.capacity(), settings.flood());
        this.model = settings.modelEnabled() ? model : null;
        this.modelPolicy = new ModelPolicy(settings);
    }

    public static ModerationEngine withDefaults() {
        return withSettings(ModerationSettings.defaults());
    }

    public static ModerationEngine withSettings(ModerationSettings s) {
        TextNormalizer normalizer = new TextNormalizer();
        return new ModerationEngine(s, RuleBook.fromClasspath(normalizer), s.modelEnabled() ? AbuseModel.shipped() : null);
    }

    /** An engine with the given model in place of the shipped one (tests, trials of a newly trained model). */
    public static ModerationEngine withModel(ModerationSettings s, AbuseModel model) {
        return new ModerationEngine(s, RuleBook.fromClasspath(new TextNormalizer()), model);
    }

    public Verdict evaluate(Submission submission) {
        Context context = submission.context();
        String text = submission.text();
        if (context == Context.NICKNAME && staffLookalikes.refuses(text)) {
            return new Verdict(Action.BLOCK, List.of(IMPERSONATION), List.of(IMPERSONATION_RULE),
                    "Ce pseudo se fait passer pour l'équipe ou la plateforme.", text, 1.0);
        }
        NormalizedText normalized = normalizer.normalize(text, context.isName());
        int mentions = Mentions.count(text);
        List<Finding> findings = findings(text, normalized, context, mentions);
        boolean tracked = submission.senderId() != null && submission.channelId() != null && !context.isName();
        Instant at = submission.at() != null ? submission.at() : Instant.now();
        if (tracked && settings.floodEnabled()) {
            recordFlood(submission, normalized, findings, mentions, at);
        }
        RiskAssessment assessment = context.isName() ? RiskAssessment.NONE : assessRisk(submission, normalized, findings, tracked, at);
        return verdicts.decide(text, context, findings, assessment, modelHit(normalized, context));
    }

    /** What the rules, the contact shield and the mention count find, less the rules switched off in the context. */
    private List<Finding> findings(String text, NormalizedText normalized, Context context, int mentions) {
        List<Finding> findings = new ArrayList<>(content.scan(normalized, context.isName()));
        NormalizedText leetName = context.isName() ? normalizer.leetNameReading(text) : null;
        if (leetName != null) {
            findings.addAll(content.scan(leetName, true));
        }
        findings.addAll(contacts.scan(normalized));
        if (mentions > settings.flood().maxMentions()) {
            findings.add(new Finding(MENTIONS, 0, text.length()));
        }
        findings.removeIf(f -> settings.isDisabled(context, f.rule().id()));
        return findings;
    }

    /** Records the message in its sender's flood window; a flood adds a finding over the whole text. */
    private void recordFlood(Submission submission, NormalizedText normalized, List<Finding> findings, int mentions, Instant at) {
        boolean link = findings.stream().anyMatch(f -> f.rule().id().equals(ContactShield.URL_RULE));
        Rule flooding = floodRule(flood.record(submission.senderId(),
                new FloodDetector.Sent(normalized.folded().text(), link, mentions), at.toEpochMilli()));
        if (flooding != null && !settings.isDisabled(submission.context(), flooding.id())) {
            findings.add(new Finding(flooding, 0, submission.text().length()));
        }
    }

    /** The risk signals of this message, added to its conversation's when sender and channel are known. */
    private RiskAssessment assessRisk(Submission submission, NormalizedText normalized, List<Finding> findings, boolean tracked, Instant at) {
        Context context = submission.context();
        Set<RiskSignal> found = riskSignals(normalized, findings, context);
        if (tracked && context.isDirect() && firstContacts.record(submission.senderId(), submission.channelId(), at)) {
            found.add(RiskSignal.FIRST_CONTACT_BURST);
        }
        return tracked
                ? risk.update(submission.senderId() + '\u0000' + submission.channelId(), found, context, at)
                : risk.assess(found, context);
    }

    private static Rule floodRule(FloodDetector.Flood flood) {
        return switch (flood) {
            case REPEATED -> FLOOD_REPEATED;
            case LINKS -> FLOOD_LINKS;
            case MENTIONS -> FLOOD_MENTIONS;
            case RATE -> FLOOD_RATE;
            case NONE -> null;
        };
    }

    private ModelHit modelHit(NormalizedText normalized, Context context) {
        if (model == null || context.isName()) {
            return null;
        }
        ModelScores scores = model.score(normalized);
        if (!settings.modelThresholds(context).flags(scores.abuse())) {
            return null;
        }
        ModelHit hit = modelPolicy.judge(scores, context, content.allowlisted(normalized));
        return hit == null || settings.isDisabled(context, hit.ruleId()) ? null : hit;
    }

    private Set<RiskSignal> riskSignals(NormalizedText normalized, List<Finding> findings, Context context) {
        Set<RiskSignal> found = EnumSet.noneOf(RiskSignal.class);
        for (String s : signals.scan(normalized)) {
            found.add(RiskSignal.parse(s));
        }
        for (Finding f : findings) {
            if (f.rule().signal() != null) {
                found.add(RiskSignal.parse(f.rule().signal()));
            }
            if (f.category() == Category.PERSONAL_DATA) {
                found.add(RiskSignal.OFF_PLATFORM);
            }
            boolean groomingCue = f.rule().has(RuleFlag.TEEN_HOLD) || f.rule().has(RuleFlag.HOLD);
            if (context.teenPresent() && !groomingCue && (f.category() == Category.SEXUAL || f.category() == Category.CHILD_SAFETY)) {
                found.add(RiskSignal.SEXUAL_WITH_TEEN);
            }
        }
        return found;
    }
}
