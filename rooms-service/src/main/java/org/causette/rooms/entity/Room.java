package org.causette.rooms.entity;

import org.causette.contracts.Audience;

/** A room as clients see it; {@code kind} is public or private. */
public record Room(String id, String name, String topic, String kind, Audience audience, int members, int capacity,
                   int slowModeSeconds) {
}
