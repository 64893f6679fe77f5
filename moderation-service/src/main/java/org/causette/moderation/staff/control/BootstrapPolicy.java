package org.causette.moderation.staff.control;

import java.util.Optional;

/** Whether the configured bootstrap password may be used; outside the local profile the launcher's default may not. */
public final class BootstrapPolicy {
    public static final String LOCAL_PROFILE = "local";
    public static final String LOCAL_DEFAULT_PASSWORD = "local-moderator";
    public static final String LOCAL_DEFAULT_ADMIN_PASSWORD = "local-admin";

    private BootstrapPolicy() {
    }

    /** @return why the bootstrap must be refused, or empty when the password may be used */
    public static Optional<String> refusal(String profile, String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("causette.moderation.bootstrap-password (CAUSETTE_MODERATOR_PASSWORD) is not set");
        }
        if (!LOCAL_PROFILE.equals(profile) && LOCAL_DEFAULT_PASSWORD.equals(password)) {
            return Optional.of("CAUSETTE_MODERATOR_PASSWORD is the local default while causette.profile is '" + profile
                    + "'; set a strong secret");
        }
        return Optional.empty();
    }
}
