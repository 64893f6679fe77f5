package org.causette.contracts;

import java.time.Instant;

/** A fact that happened in one service and that others may react to. */
public interface Event {
    String eventId();

    Instant occurredAt();

    default String eventType() {
        return getClass().getSimpleName();
    }
}
