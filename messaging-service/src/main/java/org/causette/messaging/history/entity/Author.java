package org.causette.messaging.history.entity;

public record Author(String sessionId, String nickname) {
}
