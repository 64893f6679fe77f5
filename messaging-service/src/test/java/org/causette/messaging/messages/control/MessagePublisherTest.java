package org.causette.messaging.messages.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class MessagePublisherTest {

    @Test
    void aRepublishedOutcomeKeepsItsEventId() {
        assertEquals(MessagePublisher.derivedId("released", "e1"), MessagePublisher.derivedId("released", "e1"));
        assertNotEquals(MessagePublisher.derivedId("released", "e1"), MessagePublisher.derivedId("released", "e2"));
        assertNotEquals(MessagePublisher.derivedId("released", "e1"), MessagePublisher.derivedId("withheld", "e1"));
    }
}
