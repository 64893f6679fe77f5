package org.causette.messaging.conversations.entity;

import org.causette.kit.problems.ProblemException;

public class ConversationOver extends ProblemException {
    public ConversationOver() {
        super(409, "conversation-closed", "This conversation was declined or closed.");
    }
}
