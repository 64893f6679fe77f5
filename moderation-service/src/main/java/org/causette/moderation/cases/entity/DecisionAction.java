package org.causette.moderation.cases.entity;

import java.util.Optional;

/** What a moderator may decide on a case. */
public enum DecisionAction {
    DISMISS("dismiss"),
    REMOVE_MESSAGE("remove-message"),
    APPROVE_MESSAGE("approve-message"),
    WARN("warn"),
    MUTE("mute"),
    KICK("kick"),
    BAN("ban");

    private final String id;

    DecisionAction(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DecisionAction> of(String id) {
        for (var a : values()) {
            if (a.id.equals(id)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** A sanction of the session: warn, mute, kick, ban. */
    public boolean sanctionsSession() {
        return this == WARN || this == MUTE || this == KICK || this == BAN;
    }

    /** Acts on the reported message: remove it or let a held one through. */
    public boolean actsOnMessage() {
        return this == REMOVE_MESSAGE || this == APPROVE_MESSAGE;
    }

    /** Restricts someone, so it needs a statement of reasons. */
    public boolean restricts() {
        return this == REMOVE_MESSAGE || sanctionsSession();
    }
}
