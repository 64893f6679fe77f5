package org.causette.moderation.staff.entity;

import java.util.List;

/** A verified staff member: the gateway signs a staff token with these roles (moderator, admin). */
public record StaffIdentity(String username, List<String> roles) {
}
