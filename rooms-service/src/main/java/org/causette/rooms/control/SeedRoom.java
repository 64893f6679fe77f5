package org.causette.rooms.control;

import org.causette.contracts.Audience;

public record SeedRoom(String id, String name, String topic, Audience audience, int capacity, int slowModeSeconds) {

    public SeedRoom(String id, String name, String topic, Audience audience, int capacity) {
        this(id, name, topic, audience, capacity, 0);
    }

    SeedRoom withSlowMode(int seconds) {
        return new SeedRoom(id, name, topic, audience, capacity, seconds);
    }
}
