package org.causette.moderation.identification.entity;

import java.time.Instant;

/**
 * LCEN identification data (art. 6 II, décret 2021-1362): a connection ({@code kind} connection: session id, sealed
 * address, device hash) or a content ({@code kind} content: message id, channel) with its time and the pseudonym.
 * Kept one year ({@code expiresAt}), longer under a legal hold.
 */
public record IdentificationRecord(String id, String kind, String sessionId, String nickname, String connection,
                                   String addressCipher, String deviceHash, String messageId, String channelKind,
                                   String channelId, Instant at, Instant expiresAt, boolean legalHold) {
}
