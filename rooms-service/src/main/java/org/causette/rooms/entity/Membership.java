package org.causette.rooms.entity;

import org.causette.contracts.Audience;

/** The caller is in this room: what the gateway needs to accept a message there. */
public record Membership(String roomId, Audience audience, int slowModeSeconds) {
}
