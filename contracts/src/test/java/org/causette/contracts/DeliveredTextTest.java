package org.causette.contracts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeliveredTextTest {
    static final ChatMessage MESSAGE = new ChatMessage("m1", "c1", Channel.room("paris", Audience.adult),
            new Sender("s1", "Lou", Audience.adult), "mon 06 12 34 56 78", Instant.EPOCH);

    static Verdict verdict(Verdict.Action action, String deliveredText) {
        return new Verdict(action, List.of(), List.of(), null, deliveredText, 0);
    }

    @Test
    void theVerdictsTextWins() {
        assertEquals("mon ***", DeliveredText.of(MESSAGE, verdict(Verdict.Action.mask, "mon ***")));
    }

    @Test
    void anAllowWithoutTextDeliversTheOriginal() {
        assertEquals(MESSAGE.text(), DeliveredText.of(MESSAGE, verdict(Verdict.Action.allow, null)));
    }

    @Test
    void aMaskWithoutTextNeverLeaksTheOriginal() {
        assertEquals(DeliveredText.FULLY_MASKED, DeliveredText.of(MESSAGE, verdict(Verdict.Action.mask, null)));
    }
}
