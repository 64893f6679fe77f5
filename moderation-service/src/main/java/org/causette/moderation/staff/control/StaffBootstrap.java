package org.causette.moderation.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.moderation.staff.entity.StaffAccount;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * The first moderator, {@code moderator}, whose password is {@code causette.moderation.bootstrap-password}. Retried
 * (from the readiness check) until MongoDB answers; refused for good when the password may not be used.
 */
@ApplicationScoped
public class StaffBootstrap {
    private static final System.Logger LOG = System.getLogger(StaffBootstrap.class.getName());
    public static final String USERNAME = "moderator";
    public static final String ADMIN = "admin";
    static final String PASSWORD_KEY = "causette.moderation.bootstrap-password";
    static final String ADMIN_PASSWORD_KEY = "causette.moderation.bootstrap-admin-password";

    @Inject
    StaffStore store;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "causette.profile", defaultValue = "production")
    String profile;

    private final PasswordHasher hasher = new PasswordHasher();
    private volatile boolean done;
    private volatile String refusal;

    /** @return why the service refuses to start, or empty once the account exists */
    public synchronized Optional<String> ensureBootstrapped() {
        if (done) {
            return Optional.empty();
        }
        if (refusal != null) {
            return Optional.of(refusal);
        }
        var password = password(PASSWORD_KEY);
        var refused = BootstrapPolicy.refusal(profile, password);
        if (refused.isPresent()) {
            refusal = refused.get();
            LOG.log(System.Logger.Level.ERROR, "REFUSING TO START: " + refusal
                    + "; the moderator account is not created and the service stays not ready");
            return refused;
        }
        var existing = store.find(USERNAME);
        if (existing.isEmpty()) {
            if (store.create(new StaffAccount(USERNAME, hasher.hash(password), List.of("moderator"), true))) {
                LOG.log(System.Logger.Level.INFO, "staff account {0} created", USERNAME);
            }
        } else if (existing.get().bootstrap() && !hasher.verify(password, existing.get().passwordHash())) {
            store.changePassword(USERNAME, hasher.hash(password));
            LOG.log(System.Logger.Level.INFO, "staff account {0}: password changed to the configured one", USERNAME);
        }
        var adminRefusal = bootstrapAdmin();
        if (adminRefusal.isPresent()) {
            refusal = adminRefusal.get();
            LOG.log(System.Logger.Level.ERROR, "REFUSING TO START: " + refusal);
            return adminRefusal;
        }
        done = true;
        return Optional.empty();
    }

    /** The optional administrator: created only when its password is configured; the same policy applies. */
    private Optional<String> bootstrapAdmin() {
        var password = password(ADMIN_PASSWORD_KEY);
        if (password == null || password.isBlank()) {
            return Optional.empty();
        }
        if (!BootstrapPolicy.LOCAL_PROFILE.equals(profile) && BootstrapPolicy.LOCAL_DEFAULT_ADMIN_PASSWORD.equals(password)) {
            return Optional.of("CAUSETTE_ADMIN_PASSWORD is the local default while causette.profile is '" + profile
                    + "'; set a strong secret");
        }
        var existing = store.find(ADMIN);
        if (existing.isEmpty()) {
            if (store.create(new StaffAccount(ADMIN, hasher.hash(password), List.of("admin"), true))) {
                LOG.log(System.Logger.Level.INFO, "staff account {0} created", ADMIN);
            }
        } else if (existing.get().bootstrap() && !hasher.verify(password, existing.get().passwordHash())) {
            store.changePassword(ADMIN, hasher.hash(password));
        }
        return Optional.empty();
    }

    private String password(String key) {
        try {
            return config.getOptionalValue(key, String.class).orElse(null);
        } catch (RuntimeException e) {
            // an unset CAUSETTE_MODERATOR_PASSWORD leaves the expression unexpandable
            return null;
        }
    }
}
