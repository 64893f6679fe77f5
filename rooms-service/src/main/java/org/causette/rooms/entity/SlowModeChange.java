package org.causette.rooms.entity;

public record SlowModeChange(Integer slowModeSeconds) {
}
