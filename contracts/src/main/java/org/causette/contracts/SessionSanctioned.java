package org.causette.contracts;

import java.time.Instant;

/** A moderator restricted a session: {@code action} is warn, mute, kick or ban; {@code until} null means permanent. */
public record SessionSanctioned(String eventId, Instant occurredAt, String sanctionId, String sessionId,
                                String deviceHash, String action, Instant until, String reason, String statement)
        implements Event {
}
