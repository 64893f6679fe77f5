package org.causette.messaging.messages.entity;

import org.causette.contracts.Verdict.Action;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.causette.messaging.messages.entity.MessageState.blocked;
import static org.causette.messaging.messages.entity.MessageState.deleted;
import static org.causette.messaging.messages.entity.MessageState.held;
import static org.causette.messaging.messages.entity.MessageState.masked;
import static org.causette.messaging.messages.entity.MessageState.pending;
import static org.causette.messaging.messages.entity.MessageState.released;
import static org.causette.messaging.messages.entity.MessageState.removed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageStateTest {

    @Test
    void pendingTakesEveryVerdict() {
        var cut = pending;
        assertEquals(Optional.of(released), cut.after(Action.allow));
        assertEquals(Optional.of(masked), cut.after(Action.mask));
        assertEquals(Optional.of(blocked), cut.after(Action.block));
        assertEquals(Optional.of(held), cut.after(Action.hold));
    }

    @Test
    void heldWaitsForAModeratorWhoReleasesOrBlocks() {
        var cut = held;
        assertEquals(Optional.of(released), cut.after(Action.allow));
        assertEquals(Optional.of(masked), cut.after(Action.mask));
        assertEquals(Optional.of(blocked), cut.after(Action.block));
        assertEquals(Optional.empty(), cut.after(Action.hold), "holding again is no transition");
    }

    @Test
    void decidedMessagesNeverMoveAgain() {
        for (var cut : new MessageState[]{released, masked, blocked}) {
            for (var action : Action.values()) {
                assertEquals(Optional.empty(), cut.after(action), cut + " after " + action);
            }
        }
    }

    @Test
    void noActionNoTransition() {
        assertEquals(Optional.empty(), pending.after(null));
    }

    @Test
    void onlyReleasedAndMaskedAreDelivered() {
        assertTrue(released.delivered());
        assertTrue(masked.delivered());
        assertFalse(pending.delivered());
        assertFalse(held.delivered());
        assertFalse(blocked.delivered());
    }

    @Test
    void aModeratorRemovesADeliveredMessageAndAnAppealRestoresIt() {
        assertEquals(Optional.of(removed), released.afterOverrule(Action.block));
        assertEquals(Optional.of(removed), masked.afterOverrule(Action.block));
        assertEquals(Optional.of(blocked), held.afterOverrule(Action.block));
        assertEquals(Optional.of(released), blocked.afterOverrule(Action.allow));
        assertEquals(Optional.of(released), removed.afterOverrule(Action.allow), "restored on appeal");
        assertEquals(Optional.empty(), removed.afterOverrule(Action.block), "removing twice is no transition");
        assertEquals(Optional.empty(), blocked.afterOverrule(Action.block));
        assertEquals(Optional.empty(), released.afterOverrule(Action.allow));
        assertEquals(Optional.empty(), released.after(Action.block), "the automatic verdict never removes");
    }

    @Test
    void whatItsAuthorDeletedStaysDeleted() {
        for (var action : Action.values()) {
            assertEquals(Optional.empty(), deleted.after(action));
            assertEquals(Optional.empty(), deleted.afterOverrule(action));
        }
    }
}
