package org.causette.messaging.conversations.entity;

import org.causette.kit.problems.ProblemException;

public class ConversationNotFound extends ProblemException {
    public ConversationNotFound(String id) {
        super(404, "not-found", "Conversation " + id + " does not exist.");
    }
}
