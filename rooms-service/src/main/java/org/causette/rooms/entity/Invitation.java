package org.causette.rooms.entity;

/** {@code status} is {@code invited}. */
public record Invitation(String roomId, String sessionId, String status) {
}
