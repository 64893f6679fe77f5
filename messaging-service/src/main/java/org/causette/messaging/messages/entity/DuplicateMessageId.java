package org.causette.messaging.messages.entity;

import org.causette.kit.problems.ProblemException;

public class DuplicateMessageId extends ProblemException {
    public DuplicateMessageId() {
        super(409, "duplicate-id", "This message id belongs to another session.");
    }
}
