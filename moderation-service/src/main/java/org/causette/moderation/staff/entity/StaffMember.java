package org.causette.moderation.staff.entity;

import java.util.List;

/** An account as listed to administrators. */
public record StaffMember(String username, List<String> roles, boolean bootstrap) {
}
