package org.causette.messaging.messages.entity;

import org.causette.contracts.Verdict;

import java.util.Optional;

/**
 * Where a message is in its life: waiting for a verdict, delivered (released or masked), withheld (blocked, or held
 * for a moderator who may still approve or block it), removed by a moderator after its delivery (an appeal may give
 * it back), or deleted by its author (for good).
 */
public enum MessageState {
    pending, released, masked, blocked, held, removed, deleted;

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
     * @return the state a moderator's overruling verdict moves this message to: block removes a delivered message and
     * blocks one not yet delivered, allow restores a removed or blocked one; empty when it changes nothing (nothing
     * brings back what its author deleted)
     */
    public Optional<MessageState> afterOverrule(Verdict.Action action) {
        if (this == deleted) {
            return Optional.empty();
        }
        if (action == Verdict.Action.block) {
            return delivered() ? Optional.of(removed) : this == blocked || this == removed ? Optional.empty()
                    : Optional.of(blocked);
        }
        if (action == Verdict.Action.allow && (this == removed || this == blocked || this == held || this == pending)) {
            return Optional.of(released);
        }
        return after(action);
    }

    public boolean delivered() {
        return this == released || this == masked;
    }
}
