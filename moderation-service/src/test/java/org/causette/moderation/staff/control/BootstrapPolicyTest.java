package org.causette.moderation.staff.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BootstrapPolicyTest {

    @Test
    void theLocalDefaultOnlyRunsLocally() {
        assertFalse(BootstrapPolicy.refusal("local", "local-moderator").isPresent());
        assertTrue(BootstrapPolicy.refusal("production", "local-moderator").isPresent());
        assertTrue(BootstrapPolicy.refusal("staging", "local-moderator").isPresent());
        assertFalse(BootstrapPolicy.refusal("production", "a-real-secret-of-some-length").isPresent());
    }

    @Test
    void anEmptyPasswordNeverRuns() {
        assertTrue(BootstrapPolicy.refusal("production", null).isPresent());
        assertTrue(BootstrapPolicy.refusal("production", "").isPresent());
        assertTrue(BootstrapPolicy.refusal("local", "  ").isPresent());
    }
}
