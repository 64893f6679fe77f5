package org.causette.messaging.conversations.entity;

import org.causette.kit.problems.ProblemException;

public class ConversationNotAccepted extends ProblemException {
    public ConversationNotAccepted() {
        super(409, "conversation-not-accepted", "Messages flow only once the conversation is accepted.");
    }
}
