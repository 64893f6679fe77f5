package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.Category;

import java.util.Set;

/**
 * A rule as declared in a lexicon section. {@code signal} is required for RISK rules and optional for CONTENT
 * rules (a grooming cue that also counts in the conversation score); {@code category} is set for CONTENT rules only.
 */
public record Rule(String id, RuleKind kind, Category category, Severity severity, Set<RuleFlag> flags, String signal) {

    public boolean has(RuleFlag flag) {
        return flags.contains(flag);
    }
}
