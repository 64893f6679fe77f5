package org.causette.moderation.staff.entity;

import org.causette.kit.problems.ProblemException;

/** One answer for an unknown user and a wrong password. */
public class InvalidCredentials extends ProblemException {
    public InvalidCredentials() {
        super(401, "invalid-credentials", "Unknown user or wrong password.");
    }
}
