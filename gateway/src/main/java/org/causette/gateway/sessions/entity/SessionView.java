package org.causette.gateway.sessions.entity;

import org.causette.contracts.Audience;

import java.time.Instant;

public record SessionView(String id, String nickname, Audience bracket, Instant expiresAt, String deviceToken) {
}
