package org.causette.messaging.conversations.entity;

import org.causette.kit.problems.ProblemException;

public class AudienceMismatch extends ProblemException {
    public AudienceMismatch() {
        super(403, "audience-mismatch", "A teen and an adult cannot open a conversation.");
    }
}
