package org.causette.moderation.engine;

/** What the platform does with a message, from the mildest to the strictest. */
public enum Action {
    ALLOW, MASK, HOLD, BLOCK;

    public Action max(Action other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
