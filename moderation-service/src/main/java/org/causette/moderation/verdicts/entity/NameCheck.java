package org.causette.moderation.verdicts.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A nickname or room name to screen; {@code context} is {@code nickname} or {@code room-name}. */
public record NameCheck(@NotNull @Size(max = 200) String text, @NotNull String context) {
}
