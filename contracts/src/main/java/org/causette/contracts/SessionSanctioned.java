package org.causette.contracts;

import java.time.Instant;

/**
 * A moderator restricted a session: {@code action} is warn, mute, kick or ban. For mute and ban, {@code until} null
 * means permanent; warn and kick are one-off and have no {@code until}. {@code deviceHash} may be null: the gateway
 * links a session to its device itself.
 */
public record SessionSanctioned(String eventId, Instant occurredAt, String sanctionId, String sessionId,
                                String deviceHash, String action, Instant until, String reason, String statement)
        implements Event {
}
