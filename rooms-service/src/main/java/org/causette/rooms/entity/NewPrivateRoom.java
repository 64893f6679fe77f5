package org.causette.rooms.entity;

/** What the gateway sends to create a private room, once the name and topic passed moderation. */
public record NewPrivateRoom(String name, String topic) {
}
