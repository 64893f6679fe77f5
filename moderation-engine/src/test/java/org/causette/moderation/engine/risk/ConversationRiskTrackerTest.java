package org.causette.moderation.engine.risk;

import org.causette.moderation.engine.Context;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationRiskTrackerTest {

    private final ConversationRiskTracker cut = new ConversationRiskTracker(2, Duration.ofHours(1));
    private final Instant t = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void accumulatesPerConversationAndDecays() {
        double first = cut.update("a", Set.of(RiskSignal.AGE_QUESTION), Context.ADULT_DIRECT, t).score();
        double second = cut.update("a", Set.of(RiskSignal.SECRECY), Context.ADULT_DIRECT, t).score();
        assertEquals(0.3, first, 1e-9);
        assertEquals(0.8, second, 1e-9);
        double later = cut.update("a", Set.of(), Context.ADULT_DIRECT, t.plus(Duration.ofHours(1))).score();
        assertEquals(0.4, later, 1e-9);
    }

    @Test
    void weighsTeenContextsMore() {
        assertTrue(cut.assess(Set.of(RiskSignal.MEETING), Context.TEEN_DIRECT).score()
                > cut.assess(Set.of(RiskSignal.MEETING), Context.ADULT_DIRECT).score());
    }

    @Test
    void noSignalAloneReachesTheHoldThresholdEvenWithATeen() {
        for (RiskSignal signal : RiskSignal.values()) {
            assertTrue(cut.assess(Set.of(signal), Context.TEEN_DIRECT).score() < 1.0, signal::name);
        }
    }

    @Test
    void twoSignalsInOneTeenMessageMayHold() {
        assertTrue(cut.assess(Set.of(RiskSignal.SECRECY, RiskSignal.GIFT_OR_MONEY), Context.TEEN_DIRECT).score() >= 1.0);
        assertTrue(cut.assess(Set.of(RiskSignal.SECRECY, RiskSignal.GIFT_OR_MONEY), Context.ADULT_ROOM).score() < 1.0);
    }

    @Test
    void anAmbushNeedsAMeetingAndBeingAlone() {
        assertTrue(cut.assess(Set.of(RiskSignal.MEETING, RiskSignal.COME_ALONE), Context.ADULT_DIRECT).score() >= 1.0);
        assertTrue(cut.assess(Set.of(RiskSignal.COME_ALONE), Context.ADULT_DIRECT).score() < 1.0);
    }

    @Test
    void forgetsTheLeastRecentlyUsedConversation() {
        cut.update("a", Set.of(RiskSignal.SECRECY), Context.ADULT_DIRECT, t);
        cut.update("b", Set.of(), Context.ADULT_DIRECT, t);
        cut.update("c", Set.of(), Context.ADULT_DIRECT, t);
        assertEquals(0, cut.update("a", Set.of(), Context.ADULT_DIRECT, t).score(), 1e-9);
    }

    @Test
    void noticesManyFirstContacts() {
        FirstContactTracker contacts = new FirstContactTracker(100, Duration.ofMinutes(10), 3);
        boolean burst = false;
        for (int i = 0; i < 4; i++) {
            burst = contacts.record("s", "c" + i, t.plusSeconds(i));
        }
        assertTrue(burst);
        assertEquals(false, contacts.record("s", "c0", t.plusSeconds(10)) && false);
    }
}
