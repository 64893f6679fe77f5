package org.causette.moderation.engine;

import java.util.List;

/**
 * The decision on one submission. {@code reason} is a short French sentence for the author;
 * {@code maskedText} is the text with offending parts replaced when the action is MASK, else the original text;
 * {@code score} is in [0,1].
 */
public record Verdict(Action action, List<String> categories, List<String> ruleIds, String reason, String maskedText, double score) {

    public Verdict {
        categories = List.copyOf(categories);
        ruleIds = List.copyOf(ruleIds);
    }
}
