package org.causette.messaging.messages.entity;

import org.causette.contracts.Verdict;

import java.util.Optional;

/**
 * Where a message is in its life: waiting for a verdict, delivered (released or masked), or withheld (blocked, or
 * held for a moderator who may still approve or block it).
 */
public enum MessageState {
    pending, released, masked, blocked, held;

    /** @return the state a verdict moves this message to, or empty when the verdict changes nothing */
    public Optional<MessageState> after(Verdict.Action action) {
        if (action == null || !(this == pending || this == held)) {
            return Optional.empty();
        }
        var next = switch (action) {
            case allow -> released;
            case mask -> masked;
            case block -> blocked;
            case hold -> held;
        };
        return next == this ? Optional.empty() : Optional.of(next);
    }

    /**
     * @return the state a moderator's overruling verdict moves this message to: block removes even a delivered
     * message, allow restores a blocked one; empty when it changes nothing
     */
    public Optional<MessageState> afterOverrule(Verdict.Action action) {
        if (action == Verdict.Action.block && this != blocked) {
            return Optional.of(blocked);
        }
        if (action == Verdict.Action.allow && (this == blocked || this == held || this == pending)) {
            return Optional.of(released);
        }
        return after(action);
    }

    public boolean delivered() {
        return this == released || this == masked;
    }
}
