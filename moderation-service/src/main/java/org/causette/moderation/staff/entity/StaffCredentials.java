package org.causette.moderation.staff.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record StaffCredentials(@NotNull @Size(max = 256) String username, @NotNull @Size(max = 1024) String password) {

    @Override
    public String toString() {
        return "StaffCredentials[username=" + username + "]";
    }
}
