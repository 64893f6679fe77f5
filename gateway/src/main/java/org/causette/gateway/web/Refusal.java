package org.causette.gateway.web;

import org.causette.kit.problems.Problem;

/** A refusal decided before JAX-RS runs; becomes a {@link Problem} when written. */
public record Refusal(int status, String code, String detail) {

    public Problem problem() {
        return Problem.of(status, code, detail);
    }
}
