package org.causette.gateway.sessions.entity;

import org.causette.contracts.Audience;

import java.time.Instant;

/** An anonymous session as stored; device and address only as keyed hashes. */
public record ChatSession(String id, String nickname, Audience bracket, String gender, String region,
                          String deviceHash, String addressHash, Instant createdAt, Instant expiresAt) {
}
