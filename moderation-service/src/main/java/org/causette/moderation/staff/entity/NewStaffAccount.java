package org.causette.moderation.staff.entity;

import java.util.List;

/** An account an administrator creates: roles among moderator, admin and trusted-flagger. */
public record NewStaffAccount(String username, String password, List<String> roles) {

    @Override
    public String toString() {
        return "NewStaffAccount[username=" + username + ", roles=" + roles + "]";
    }
}
