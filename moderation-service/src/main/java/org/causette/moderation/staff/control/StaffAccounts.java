package org.causette.moderation.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.kit.problems.ProblemException;
import org.causette.moderation.staff.entity.NewStaffAccount;
import org.causette.moderation.staff.entity.StaffAccount;
import org.causette.moderation.staff.entity.StaffMember;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Administrators create staff accounts: moderators, administrators and trusted flaggers (DSA Art. 22). */
@ApplicationScoped
public class StaffAccounts {
    public static final Set<String> ROLES = Set.of("moderator", "admin", "trusted-flagger");
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 256;

    @Inject
    StaffStore store;

    private final PasswordHasher hasher = new PasswordHasher();

    public StaffMember create(NewStaffAccount request) {
        var account = validate(request);
        if (!store.create(new StaffAccount(account.username(), hasher.hash(request.password()), account.roles(), false))) {
            throw ProblemException.conflict("username-taken", "A staff account with this username exists.");
        }
        return account;
    }

    /** The account can no longer log in; the gateway refuses its tokens at once. */
    public void disable(String username) {
        if (!store.disable(StaffLogin.normalize(username))) {
            throw ProblemException.notFound("That staff account");
        }
    }

    public List<StaffMember> list() {
        return store.all().stream().map(a -> new StaffMember(a.username(), a.roles(), a.bootstrap())).toList();
    }

    /** Checks the request without side effects; the returned member has the normalised username and roles. */
    public static StaffMember validate(NewStaffAccount request) {
        if (request == null) {
            throw ProblemException.invalidField("body", "an account is required");
        }
        var username = StaffLogin.normalize(request.username());
        if (!USERNAME.matcher(username).matches()) {
            throw ProblemException.invalidField("username", "2 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        var password = request.password();
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw ProblemException.invalidField("password", MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw ProblemException.invalidField("roles", "at least one of moderator, admin, trusted-flagger");
        }
        var roles = new LinkedHashSet<String>();
        for (var role : request.roles()) {
            if (role == null || !ROLES.contains(role)) {
                throw ProblemException.invalidField("roles", "each one of moderator, admin, trusted-flagger");
            }
            roles.add(role);
        }
        return new StaffMember(username, List.copyOf(roles), false);
    }
}
