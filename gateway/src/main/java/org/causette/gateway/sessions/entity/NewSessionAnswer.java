package org.causette.gateway.sessions.entity;

public record NewSessionAnswer(String token, SessionView session) {
}
