package org.causette.moderation.staff.entity;

import java.util.List;

/** {@code bootstrap}: the account comes from configuration, whose password stays the source of truth. */
public record StaffAccount(String username, String passwordHash, List<String> roles, boolean bootstrap) {

    @Override
    public String toString() {
        return "StaffAccount[username=" + username + ", roles=" + roles + "]";
    }
}
