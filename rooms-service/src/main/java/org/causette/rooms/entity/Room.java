package org.causette.rooms.entity;

import org.causette.contracts.Audience;

/**
 * A room as clients see it; {@code kind} is public or private. {@code ownerSessionId} is set only on private rooms
 * (which only their owner, members and invitees ever see).
 */
public record Room(String id, String name, String topic, String kind, Audience audience, int members, int capacity,
                   int slowModeSeconds, String ownerSessionId) {
}
