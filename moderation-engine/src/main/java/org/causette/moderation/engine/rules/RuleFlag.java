package org.causette.moderation.engine.rules;

/** Options of a rule section, written {@code %flags negatable names-only} in lexicon files. */
public enum RuleFlag {
    /** dropped when a negation is just before or inside the match ("I don't hate ...") */
    NEGATABLE,
    /** dropped when the message is counter-speech or reports what someone said */
    COUNTERABLE,
    /** only applies to nicknames and room names */
    NAMES_ONLY,
    /** the masked span runs on to the end of the following word (a handle after "mon snap c'est") */
    EXTEND_TO_WORD_END,
    /** its single-word terms are also searched inside glued letters ("s a l e p . d") */
    SUBSTRING_IN_JOINED,
    /** held for review where a teen is present, allowed between adults: hostile but not always abusive */
    TEEN_HOLD,
    /** mild teasing, dropped when the message also carries banter (a {@code banter} section or a laughing emoji) */
    BANTERABLE,
    /** held for review in every context: a grooming cue that names a minor (an age under 16, "collégienne") */
    HOLD;

    static RuleFlag parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
