package org.causette.contracts;

import java.time.Instant;

public record MemberJoined(String eventId, Instant occurredAt, String roomId, Audience audience, String sessionId,
                           String nickname) implements Event {
}
