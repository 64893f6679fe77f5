package org.causette.moderation.engine.rules;

/** What a matched section does. */
public enum RuleKind {
    /** a content rule: produces a finding in a category */
    CONTENT,
    /** an allowlisted phrase: findings overlapping it are dropped ("tapette à souris", "je suis pédé et fier") */
    ALLOW_SPAN,
    /** counter-speech or reporting: hate, harassment and threat findings of the whole message are dropped */
    ALLOW_MESSAGE,
    /**
     * affection or a joke owned up to ("mdr je t'adore", "jrigole"): findings of {@code banterable} sections (mild
     * teasing) are dropped from the whole message
     */
    BANTER,
    /** a grooming or ambush risk signal, scored over the conversation */
    RISK
}
