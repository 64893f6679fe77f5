package org.causette.messaging.messages.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxRelayTest {

    @Test
    void backsOffUpToEightTimesTheDelay() {
        var cut = new OutboxRelay();
        cut.redeliverAfterSeconds = 10;
        assertEquals(Duration.ofSeconds(10), cut.backoff(0));
        assertEquals(Duration.ofSeconds(20), cut.backoff(1));
        assertEquals(Duration.ofSeconds(40), cut.backoff(2));
        assertEquals(Duration.ofSeconds(80), cut.backoff(3));
        assertEquals(Duration.ofSeconds(80), cut.backoff(50));
    }
}
