package org.causette.rooms.entity;

/** Asks whether the caller may send the message with this id to the room now (membership and slow mode). */
public record SendPermitRequest(String messageId) {
}
