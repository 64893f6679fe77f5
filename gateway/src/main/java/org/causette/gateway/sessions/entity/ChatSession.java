package org.causette.gateway.sessions.entity;

import org.causette.contracts.Audience;

import java.time.Instant;

/**
 * An anonymous session as stored; device and address only as keyed hashes. {@code tokenId} is the {@code jti} of
 * its current token; after a renewal the previous token is still accepted until {@code previousTokenUntil}.
 */
public record ChatSession(String id, String nickname, Audience bracket, String gender, String region,
                          String deviceHash, String addressHash, Instant createdAt, Instant expiresAt,
                          String tokenId, String previousTokenId, Instant previousTokenUntil) {

    /** Sessions opened before renewal existed record no token id: their one token stays good until it expires. */
    public boolean acceptsToken(String presentedTokenId, Instant now) {
        if (tokenId == null || tokenId.equals(presentedTokenId)) {
            return true;
        }
        return presentedTokenId != null && presentedTokenId.equals(previousTokenId) && previousTokenUntil != null
                && now.isBefore(previousTokenUntil);
    }
}
