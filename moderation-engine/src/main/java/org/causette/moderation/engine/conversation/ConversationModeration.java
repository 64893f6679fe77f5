package org.causette.moderation.engine.conversation;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Category;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationEngine;
import org.causette.moderation.engine.ModerationSettings;
import org.causette.moderation.engine.Submission;
import org.causette.moderation.engine.Verdict;
import org.causette.moderation.engine.contacts.ContactShield;
import org.causette.moderation.engine.normalize.TextNormalizer;
import org.causette.moderation.engine.policy.Reasons;
import org.causette.moderation.engine.risk.ConversationRiskTracker;
import org.causette.moderation.engine.risk.RiskAssessment;
import org.causette.moderation.engine.risk.RiskSignal;
import org.causette.moderation.engine.rules.RuleBook;
import org.causette.moderation.engine.rules.SignalScanner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moderation of a message with the few messages before it in the same conversation or room, as the caller keeps
 * them: grooming spread over several messages of one sender (asking the age, then another app, then photos) is
 * held although each message alone stays under the threshold. Stateless: the caller owns the memory (a bounded
 * list per room or conversation), so replicas agree and nothing grows here. Thread-safe; build once and share.
 */
public final class ConversationModeration {

    /** earlier messages looked at, newest first; older ones are ignored */
    public static final int MAX_TURNS = 12;
    /** characters of each earlier message read for signals */
    static final int MAX_TURN_LENGTH = 1_000;
    static final String RULE = "risk.grooming.conversation";

    private final ModerationEngine engine;
    private final ModerationSettings settings;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final SignalScanner signals;
    private final ContactShield contacts = new ContactShield();
    private final ConversationRiskTracker scorer;

    public ConversationModeration(ModerationEngine engine, ModerationSettings settings) {
        this.engine = engine;
        this.settings = settings;
        this.signals = new SignalScanner(RuleBook.fromClasspath(normalizer));
        this.scorer = new ConversationRiskTracker(1, settings.riskHalfLife());
    }

    public static ConversationModeration withDefaults() {
        ModerationSettings settings = ModerationSettings.defaults();
        return new ConversationModeration(ModerationEngine.withSettings(settings), settings);
    }

    /**
     * The verdict on {@code current} given {@code previous} (oldest first, the current message not included).
     * The sender's own earlier messages add their grooming signals to the current one's; other people's messages
     * never count against the sender.
     */
    public Verdict decide(Submission current, List<Turn> previous) {
        Verdict alone = engine.evaluate(current);
        Context context = current.context();
        if (context.isName() || current.senderId() == null || alone.action().ordinal() >= Action.HOLD.ordinal()) {
            return alone;
        }
        Set<RiskSignal> now = signalsOf(current.text());
        if (now.isEmpty()) {
            return alone;
        }
        Set<RiskSignal> found = EnumSet.copyOf(now);
        int looked = 0;
        for (int i = previous.size() - 1; i >= 0 && looked < MAX_TURNS; i--, looked++) {
            Turn turn = previous.get(i);
            if (turn.senderId().equals(current.senderId())) {
                found.addAll(signalsOf(turn.text()));
            }
        }
        RiskAssessment risk = scorer.assess(found, context);
        if (found.size() < 2 || risk.score() < settings.holdThreshold()) {
            return alone;
        }
        Set<String> categories = new LinkedHashSet<>(alone.categories());
        categories.add(Category.CHILD_SAFETY.id());
        List<String> rules = new ArrayList<>(alone.ruleIds());
        rules.add(RULE);
        return new Verdict(Action.HOLD, List.copyOf(categories), rules, Reasons.of(Action.HOLD, Category.CHILD_SAFETY),
                current.text(), Math.max(alone.score(), Math.min(1.0, 0.6 + 0.2 * risk.score() / settings.holdThreshold())));
    }

    private Set<RiskSignal> signalsOf(String text) {
        String read = text.length() > MAX_TURN_LENGTH ? text.substring(0, MAX_TURN_LENGTH) : text;
        var normalized = normalizer.normalize(read);
        Set<RiskSignal> found = EnumSet.noneOf(RiskSignal.class);
        for (String s : signals.scan(normalized)) {
            found.add(RiskSignal.parse(s));
        }
        if (contacts.scan(normalized).stream().anyMatch(f -> f.category() == Category.PERSONAL_DATA)) {
            found.add(RiskSignal.OFF_PLATFORM);
        }
        return found;
    }
}
