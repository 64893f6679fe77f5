package org.causette.moderation.verdicts.entity;

import java.util.List;

/** {@code action} is allow, mask, hold or block; anything but allow means the name is refused. */
public record NameVerdict(String action, List<String> categories, String reason) {
}
