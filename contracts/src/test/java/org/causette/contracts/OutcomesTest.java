package org.causette.contracts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OutcomesTest {
    private static final ChatMessage MESSAGE = new ChatMessage("m1", "c1", Channel.room("paris", Audience.adult),
            new Sender("s1", "Lou", Audience.adult), "salut", Instant.EPOCH);

    private static Verdict verdict(Verdict.Action action) {
        return new Verdict(action, List.of(), List.of(), null, null, 0);
    }

    @Test
    void anOutcomeAnnouncedTwiceKeepsItsEventId() {
        var first = Outcomes.of(MESSAGE, verdict(Verdict.Action.allow), null, "e1");
        var again = Outcomes.of(MESSAGE, verdict(Verdict.Action.allow), null, "e1");
        assertEquals(first.eventId(), again.eventId());
        assertNotEquals(first.eventId(), Outcomes.of(MESSAGE, verdict(Verdict.Action.allow), null, "e2").eventId());
    }

    @Test
    void releasesAndWithholdingsOfOneVerdictEventDiffer() {
        var released = Outcomes.of(MESSAGE, verdict(Verdict.Action.mask), "s", "e1");
        var withheld = Outcomes.of(MESSAGE, verdict(Verdict.Action.hold), "s", "e1");
        assertInstanceOf(MessageReleased.class, released);
        assertEquals(DeliveredText.FULLY_MASKED, ((MessageReleased) released).text());
        assertInstanceOf(MessageWithheld.class, withheld);
        assertNotEquals(released.eventId(), withheld.eventId());
    }

    @Test
    void theGatewaysNeverGetTheOriginalOfAMaskedMessage() {
        var masked = new Verdict(Verdict.Action.mask, List.of("contact"), List.of("r1"), "coordonnées", "salut ***", 1);
        var released = (MessageReleased) Outcomes.of(MESSAGE, masked, "s", "e1");
        var withheld = (MessageWithheld) Outcomes.of(MESSAGE, verdict(Verdict.Action.hold), "s", "e1");
        assertEquals("salut ***", released.text());
        assertNull(released.message().text());
        assertNull(released.verdict().deliveredText());
        assertEquals("coordonnées", released.verdict().reason());
        assertNull(withheld.message().text());
        assertNull(Outcomes.removed(MESSAGE, MessageRemoved.BY_AUTHOR, "d1").message().text());
        assertNull(Outcomes.restored(MESSAGE, "e1").message().text());
    }

    @Test
    void theAutomaticVerdictIdDependsOnlyOnTheMessage() {
        assertEquals(Outcomes.automaticVerdictId("m1"), Outcomes.automaticVerdictId("m1"));
        assertNotEquals(Outcomes.automaticVerdictId("m1"), Outcomes.automaticVerdictId("m2"));
    }

    @Test
    void anAutomaticReleaseCanBeRecognisedByItsMessageId() {
        var verdictEvent = Outcomes.automaticVerdictId("m1");
        assertEquals(Outcomes.of(MESSAGE, verdict(Verdict.Action.allow), null, verdictEvent).eventId(),
                Outcomes.automaticReleaseId("m1"));
    }

    @Test
    void removalsAndRestorationsKeepTheirIdsPerCause() {
        assertEquals(Outcomes.removed(MESSAGE, MessageRemoved.BY_AUTHOR, "d1").eventId(),
                Outcomes.removed(MESSAGE, MessageRemoved.BY_AUTHOR, "d1").eventId());
        assertNotEquals(Outcomes.removed(MESSAGE, MessageRemoved.BY_MODERATION, "e1").eventId(),
                Outcomes.restored(MESSAGE, "e1").eventId());
    }
}
