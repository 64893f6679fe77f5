package org.causette.gateway.security.entity;

import org.causette.contracts.Audience;
import org.causette.contracts.Sender;

import java.time.Instant;
import java.util.List;

/**
 * What a verified token says about its bearer; {@code tokenId} is its {@code jti} (a renewed session accepts only
 * its current token), {@code raw} is forwarded to the services.
 */
public record Identity(String subject, String nickname, Audience bracket, String gender, String region,
                       List<String> groups, Instant expiresAt, String tokenId, String raw) {

    public boolean isStaff() {
        return groups.contains("moderator") || groups.contains("admin");
    }

    public boolean isChatter() {
        return bracket != null && !isStaff();
    }

    public String bearer() {
        return "Bearer " + raw;
    }

    public Sender asSender() {
        return new Sender(subject, nickname, bracket);
    }
}
