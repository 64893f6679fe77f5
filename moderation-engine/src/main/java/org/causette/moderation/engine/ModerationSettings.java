package org.causette.moderation.engine;

import org.causette.moderation.engine.flood.FloodLimits;
import org.causette.moderation.engine.model.ModelThresholds;
import org.causette.moderation.engine.policy.VerdictWeights;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tunable thresholds and per-audience rule toggles. Build from a properties map ({@link #fromProperties}) so that
 * the service can change them through configuration without a rebuild; missing keys keep their defaults:
 * <pre>
 * causette.moderation.engine.risk.hold-threshold=1.0          conversation risk score that holds a message
 * causette.moderation.engine.risk.half-life=PT6H              decay of risk signals
 * causette.moderation.engine.risk.capacity=200000             conversations (and senders) kept in memory
 * causette.moderation.engine.risk.first-contacts.max=5        new conversations a sender may open per window
 * causette.moderation.engine.risk.first-contacts.window=PT10M
 * causette.moderation.engine.flood.enabled=true
 * causette.moderation.engine.flood.max-messages=100           per sender, per window (the gateway already allows 10/s)
 * causette.moderation.engine.flood.window=PT10S
 * causette.moderation.engine.flood.max-repeats=2              identical texts allowed per repeat window
 * causette.moderation.engine.flood.repeat-window=PT2M
 * causette.moderation.engine.flood.max-link-messages=3        messages with a link per burst window
 * causette.moderation.engine.flood.max-mentions-per-window=15 mentions ("@lou") per burst window
 * causette.moderation.engine.flood.burst-window=PT1M
 * causette.moderation.engine.flood.max-mentions=5             distinct mentions in one message
 * causette.moderation.engine.adult-room.sexual=mask           mask | allow | block explicit sexual terms in adult rooms
 * causette.moderation.engine.rules.disabled.teen-room=spam.commercial,illegal-other.   rule ids or prefixes ending in '.'
 * causette.moderation.engine.rules.disabled.all=...           for every context
 * causette.moderation.engine.model.enabled=true               statistical abuse model on top of the rules
 * causette.moderation.engine.model.teen-room.flag=0.8         abuse probability from which a model-only hit is reported (allowed)
 * causette.moderation.engine.model.teen-room.hold=0.85        ... held for a moderator
 * causette.moderation.engine.model.teen-room.block=0.97       ... blocked; a value above 1 switches the step off
 * causette.moderation.engine.model.hate-category=0.7          hate probability from which a model hit is "hate", not "harassment"
 * causette.moderation.engine.verdict.*                        how the score is weighed ({@link VerdictWeights})
 * </pre>
 * Model defaults per context (flag / hold / block): teen-room and teen-direct 0.8 / 0.85 / 0.97, adult-room
 * 0.8 / 0.97 / off, direct 0.8 / off / off, nickname and room-name off. The model acts alone only on high
 * probabilities: trained on tweets, it scores some ordinary informal French and some identity-positive
 * statements between 0.5 and 0.75 (see docs/moderation-model.md).
 */
public record ModerationSettings(double holdThreshold, Duration riskHalfLife, int capacity,
                                 int maxFirstContacts, Duration firstContactWindow,
                                 boolean floodEnabled, FloodLimits flood,
                                 Action adultRoomSexual, Map<Context, Set<String>> disabledRules,
                                 boolean modelEnabled, Map<Context, ModelThresholds> modelThresholds, double modelHateCategory,
                                 VerdictWeights verdict) {

    public static final String PREFIX = "causette.moderation.engine.";

    public ModerationSettings {
        if (holdThreshold <= 0 || capacity <= 0) {
            throw new IllegalArgumentException("hold threshold and capacity must be positive");
        }
        EnumMap<Context, Set<String>> copy = new EnumMap<>(Context.class);
        disabledRules.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        disabledRules = java.util.Collections.unmodifiableMap(copy);
        EnumMap<Context, ModelThresholds> thresholds = new EnumMap<>(Context.class);
        for (Context c : Context.values()) {
            thresholds.put(c, modelThresholds.getOrDefault(c, ModelThresholds.OFF));
        }
        modelThresholds = java.util.Collections.unmodifiableMap(thresholds);
    }

    public static ModerationSettings defaults() {
        return fromProperties(Map.of());
    }

    public static ModerationSettings fromProperties(Map<String, String> p) {
        EnumMap<Context, Set<String>> disabled = new EnumMap<>(Context.class);
        Set<String> forAll = list(p.get(PREFIX + "rules.disabled.all"));
        for (Context c : Context.values()) {
            Set<String> ids = new java.util.HashSet<>(forAll);
            ids.addAll(list(p.get(PREFIX + "rules.disabled." + c.key())));
            disabled.put(c, ids);
        }
        return new ModerationSettings(
                Double.parseDouble(p.getOrDefault(PREFIX + "risk.hold-threshold", "1.0")),
                Duration.parse(p.getOrDefault(PREFIX + "risk.half-life", "PT6H")),
                Integer.parseInt(p.getOrDefault(PREFIX + "risk.capacity", "200000")),
                Integer.parseInt(p.getOrDefault(PREFIX + "risk.first-contacts.max", "5")),
                Duration.parse(p.getOrDefault(PREFIX + "risk.first-contacts.window", "PT10M")),
                Boolean.parseBoolean(p.getOrDefault(PREFIX + "flood.enabled", "true")),
                new FloodLimits(
                        Integer.parseInt(p.getOrDefault(PREFIX + "flood.max-messages", "100")),
                        Duration.parse(p.getOrDefault(PREFIX + "flood.window", "PT10S")),
                        Integer.parseInt(p.getOrDefault(PREFIX + "flood.max-repeats", "2")),
                        Duration.parse(p.getOrDefault(PREFIX + "flood.repeat-window", "PT2M")),
                        Integer.parseInt(p.getOrDefault(PREFIX + "flood.max-link-messages", "3")),
                        Integer.parseInt(p.getOrDefault(PREFIX + "flood.max-mentions-per-window", "15")),
                        Duration.parse(p.getOrDefault(PREFIX + "flood.burst-window", "PT1M")),
                        Integer.parseInt(p.getOrDefault(PREFIX + "flood.max-mentions", "5"))),
                Action.valueOf(p.getOrDefault(PREFIX + "adult-room.sexual", "mask").trim().toUpperCase(java.util.Locale.ROOT)),
                disabled,
                Boolean.parseBoolean(p.getOrDefault(PREFIX + "model.enabled", "true")),
                parseModelThresholds(p),
                Double.parseDouble(p.getOrDefault(PREFIX + "model.hate-category", "0.7")),
                VerdictWeights.fromProperties(p));
    }

    public ModelThresholds modelThresholds(Context context) {
        return modelThresholds.get(context);
    }

    private static Map<Context, ModelThresholds> parseModelThresholds(Map<String, String> p) {
        EnumMap<Context, ModelThresholds> defaults = new EnumMap<>(Context.class);
        defaults.put(Context.TEEN_ROOM, new ModelThresholds(0.8, 0.85, 0.97));
        defaults.put(Context.TEEN_DIRECT, new ModelThresholds(0.8, 0.85, 0.97));
        defaults.put(Context.ADULT_ROOM, new ModelThresholds(0.8, 0.97, 2));
        defaults.put(Context.ADULT_DIRECT, new ModelThresholds(0.8, 2, 2));
        defaults.put(Context.NICKNAME, ModelThresholds.OFF);
        defaults.put(Context.ROOM_NAME, ModelThresholds.OFF);
        EnumMap<Context, ModelThresholds> out = new EnumMap<>(Context.class);
        for (Context c : Context.values()) {
            ModelThresholds d = defaults.get(c);
            String key = PREFIX + "model." + c.key() + ".";
            double block = Double.parseDouble(p.getOrDefault(key + "block", String.valueOf(d.block())));
            double hold = Double.parseDouble(p.getOrDefault(key + "hold", String.valueOf(Math.min(d.hold(), block))));
            // a lower hold threshold alone also reports from there: setting one value must not break the order
            double flag = Double.parseDouble(p.getOrDefault(key + "flag", String.valueOf(Math.min(d.flag(), hold))));
            out.put(c, new ModelThresholds(flag, hold, block));
        }
        return out;
    }

    /** Whether rule {@code ruleId} is switched off in {@code context} (exact id, or a prefix ending with '.'). */
    public boolean isDisabled(Context context, String ruleId) {
        Set<String> ids = disabledRules.getOrDefault(context, Set.of());
        if (ids.isEmpty()) {
            return false;
        }
        if (ids.contains(ruleId)) {
            return true;
        }
        for (String id : ids) {
            if (id.endsWith(".") && ruleId.startsWith(id)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> list(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
