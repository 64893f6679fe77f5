package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.Category;

/** A rule that fired, with the span of the original text it covers ({@code end} exclusive). */
public record Finding(Rule rule, int start, int end) {

    public Category category() {
        return rule.category();
    }

    public Severity severity() {
        return rule.severity();
    }
}
