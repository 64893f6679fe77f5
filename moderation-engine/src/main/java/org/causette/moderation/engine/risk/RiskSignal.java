package org.causette.moderation.engine.risk;

/**
 * Signals of grooming or of an ambush, with their weight in the conversation score. No signal is enough alone,
 * not even with the teen context multiplier (1.5): it is their accumulation in one conversation, or two in one
 * message, that counts. The clearest cues are also held one message at a time by the child-safety.grooming rules.
 */
public enum RiskSignal {
    AGE_QUESTION(0.3),
    PHOTO_REQUEST(0.35),
    MEETING(0.35),
    LOCATION_QUESTION(0.3),
    /** below the hold threshold alone even where a teen is present ("tu viens seul ou avec ta sœur ?") */
    COME_ALONE(0.66),
    /** a secluded meeting place ("derrière le gymnase", "un endroit tranquille"): with another cue, an ambush */
    SECLUDED_PLACE(0.4),
    SECRECY(0.5),
    OFF_PLATFORM(0.3),
    GIFT_OR_MONEY(0.35),
    ISOLATION(0.35),
    FLATTERY_AGE(0.35),
    SEXUAL_WITH_TEEN(0.5),
    FIRST_CONTACT_BURST(0.4);

    private final double weight;

    RiskSignal(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    public static RiskSignal parse(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
