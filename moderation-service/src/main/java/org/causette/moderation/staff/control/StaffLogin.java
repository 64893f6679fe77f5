package org.causette.moderation.staff.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.moderation.audit.control.AuditStore;
import org.causette.moderation.staff.entity.InvalidCredentials;
import org.causette.moderation.staff.entity.LockedOut;
import org.causette.moderation.staff.entity.StaffAccount;
import org.causette.moderation.staff.entity.StaffCredentials;
import org.causette.moderation.staff.entity.StaffIdentity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Checks a staff member's password. Repeated failures lock the origin they come from (the gateway's hash of the
 * client address), whatever usernames it tries; they never lock an account for everyone, so nobody can lock the
 * moderators out by typing wrong passwords. Disabled accounts cannot log in.
 */
@ApplicationScoped
public class StaffLogin {
    private static final System.Logger LOG = System.getLogger(StaffLogin.class.getName());
    private static final int MAX_USERNAME = 64;
    static final String UNKNOWN = "(unknown)";

    @Inject
    StaffStore store;

    @Inject
    AuditStore audit;

    @Inject
    @ConfigProperty(name = "causette.moderation.staff.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "causette.moderation.staff.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    final PasswordHasher hasher = new PasswordHasher();
    Lockout lockout;
    private volatile String decoyHash;

    @PostConstruct
    void init() {
        lockout = new Lockout(maxFailures, Duration.ofMinutes(lockoutMinutes));
    }

    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public StaffIdentity verify(StaffCredentials credentials) {
        var username = normalize(credentials.username());
        if (username.isEmpty() || username.length() > MAX_USERNAME) {
            hasher.verify(credentials.password(), decoyHash());
            audit.record(UNKNOWN, "login-failed", null, "reason", "malformed-username");
            throw new InvalidCredentials();
        }
        var origin = originKey(credentials.origin());
        var now = Instant.now();
        var lockedUntil = store.lockedUntil(origin).orElse(null);
        if (lockout.locked(lockedUntil, now)) {
            audit.record(actor(username), "login-failed", null, "reason", "locked");
            throw new LockedOut(lockout.retryAfterSeconds(lockedUntil, now));
        }
        var account = store.find(username);
        // an unknown user costs the same hashing as a known one
        boolean valid = hasher.verify(credentials.password(), account.map(StaffAccount::passwordHash).orElse(decoyHash()))
                && account.isPresent();
        if (valid) {
            var staff = account.get();
            store.clearFailures(origin);
            if (hasher.needsRehash(staff.passwordHash())) {
                store.changePassword(username, hasher.hash(credentials.password()));
            }
            audit.record(staff.username(), "login-succeeded", null, "roles", String.join(" ", staff.roles()));
            return new StaffIdentity(staff.username(), staff.roles());
        }
        int failures = store.recordFailure(origin);
        boolean locks = lockout.locksAfter(failures);
        // an unknown username is not written down: it may be a password typed in the wrong field
        audit.record(account.isPresent() ? username : UNKNOWN, "login-failed", null,
                "reason", account.isPresent() ? "wrong-password" : "unknown-user", "locks", Boolean.toString(locks));
        if (locks) {
            store.lock(origin, lockout.lockedUntil(now));
            LOG.log(System.Logger.Level.WARNING, "staff logins from one origin locked for {0} minutes after {1} failures",
                    lockoutMinutes, failures);
        }
        throw new InvalidCredentials();
    }

    private static String originKey(String origin) {
        return "origin:" + (origin == null || origin.isBlank() ? "none" : origin);
    }

    private String actor(String username) {
        return store.find(username).isPresent() ? username : UNKNOWN;
    }

    private String decoyHash() {
        var hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(java.util.UUID.randomUUID().toString());
            decoyHash = hash;
        }
        return hash;
    }
}
