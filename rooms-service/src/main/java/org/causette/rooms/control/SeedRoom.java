package org.causette.rooms.control;

import org.causette.contracts.Audience;

public record SeedRoom(String id, String name, String topic, Audience audience, int capacity) {
}
