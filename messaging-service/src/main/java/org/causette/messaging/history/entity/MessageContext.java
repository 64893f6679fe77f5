package org.causette.messaging.history.entity;

import org.causette.messaging.history.entity.HistoryItem;

import java.util.List;

/** The delivered messages just before and just after a message of the same channel, oldest first in each list. */
public record MessageContext(List<HistoryItem> before, List<HistoryItem> after) {

    public static MessageContext none() {
        return new MessageContext(List.of(), List.of());
    }
}
