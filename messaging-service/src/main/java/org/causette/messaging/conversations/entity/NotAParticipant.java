package org.causette.messaging.conversations.entity;

import org.causette.kit.problems.ProblemException;

public class NotAParticipant extends ProblemException {
    public NotAParticipant() {
        this("You are not a participant of this conversation.");
    }

    public NotAParticipant(String detail) {
        super(403, "not-a-member", detail);
    }
}
