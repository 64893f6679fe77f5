package org.causette.messaging.history.control;

import org.causette.messaging.history.entity.MessageContext;
import org.causette.messaging.history.entity.HistoryItem;

import java.time.Instant;
import java.util.List;

/**
 * Splits a window of history (delivery order) around a message: by its id when it was delivered, else (held,
 * blocked or removed: not in history) by the time it was sent.
 */
public final class ContextWindow {
    private ContextWindow() {
    }

    public static MessageContext split(List<HistoryItem> window, String messageId, Instant sentAt, int count) {
        int at = -1;
        for (int i = 0; i < window.size(); i++) {
            if (window.get(i).id().equals(messageId)) {
                at = i;
                break;
            }
        }
        int beforeEnd;
        int afterStart;
        if (at >= 0) {
            beforeEnd = at;
            afterStart = at + 1;
        } else if (sentAt != null) {
            beforeEnd = 0;
            while (beforeEnd < window.size() && !sentAfter(window.get(beforeEnd), sentAt)) {
                beforeEnd++;
            }
            afterStart = beforeEnd;
        } else {
            return MessageContext.none();
        }
        return new MessageContext(List.copyOf(window.subList(Math.max(0, beforeEnd - count), beforeEnd)),
                List.copyOf(window.subList(afterStart, Math.min(window.size(), afterStart + count))));
    }

    private static boolean sentAfter(HistoryItem item, Instant sentAt) {
        return item.sentAt() != null && item.sentAt().isAfter(sentAt);
    }
}
