package org.causette.contracts;

import java.util.List;

/** What automatic or human moderation decided about one message. */
public record Verdict(Action action, List<String> categories, List<String> ruleIds, String reason, String deliveredText,
                      double score) {
    public enum Action { allow, mask, hold, block }

    public boolean releases() {
        return action == Action.allow || action == Action.mask;
    }
}
