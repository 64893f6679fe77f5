package org.causette.rooms.entity;

public record Member(String sessionId, String nickname, String gender, String region) {
}
