package org.causette.gateway.security.entity;

import org.causette.kit.problems.ProblemException;

public class Unauthenticated extends ProblemException {
    public Unauthenticated(String detail) {
        super(401, "unauthenticated", detail);
    }
}
