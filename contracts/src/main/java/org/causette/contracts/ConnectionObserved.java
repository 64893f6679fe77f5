package org.causette.contracts;

import java.time.Instant;

/**
 * A gateway saw a session connect from an address (LCEN identification data): at session creation
 * ({@code kind} session-opened), when a stream opens ({@code stream}) and when a request comes from another address
 * than before ({@code request}). {@code addressCipher} is the client address (and source port when known) sealed with
 * AES-256-GCM under the identification key, base64 of nonce + ciphertext; never the raw address.
 */
public record ConnectionObserved(String eventId, Instant occurredAt, String sessionId, String nickname, String kind,
                                 String addressCipher, String deviceHash) implements Event {
}
