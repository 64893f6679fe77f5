package org.causette.moderation.staff.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A login attempt; {@code origin} is the gateway's keyed hash of the client address: failures lock that origin, never
 * the account for everyone.
 */
public record StaffCredentials(@NotNull @Size(max = 256) String username, @NotNull @Size(max = 1024) String password,
                               @Size(max = 128) String origin) {

    @Override
    public String toString() {
        return "StaffCredentials[username=" + username + "]";
    }
}
