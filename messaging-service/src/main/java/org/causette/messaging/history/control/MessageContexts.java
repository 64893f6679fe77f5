package org.causette.messaging.history.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.messaging.history.entity.MessageContext;
import org.causette.messaging.history.entity.ChannelKey;
import org.causette.messaging.history.entity.HistoryItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the history buckets around a message for a moderator: its own bucket when it was delivered, else the
 * newest bucket that starts before it was sent, looking back at most {@link #MAX_BUCKETS_BACK} buckets; then reads
 * that bucket and its neighbours, every read by {@code _id}.
 */
@ApplicationScoped
public class MessageContexts {
    static final int MAX_BUCKETS_BACK = 50;
    private static final int NEIGHBOURS = 1;

    @Inject
    HistoryStore store;

    public MessageContext around(ChannelKey channel, String messageId, Instant sentAt, int count) {
        var placed = store.placement(messageId).filter(p -> p.channel().equals(channel.value()));
        int anchor;
        if (placed.isPresent()) {
            anchor = placed.get().bucket();
        } else {
            var found = bucketBefore(channel, sentAt);
            if (found < 0) {
                return MessageContext.none();
            }
            anchor = found;
        }
        var window = new ArrayList<HistoryItem>();
        for (int n = Math.max(0, anchor - NEIGHBOURS); n <= anchor + NEIGHBOURS; n++) {
            store.bucket(channel, n).ifPresent(window::addAll);
        }
        return ContextWindow.split(window, messageId, sentAt, count);
    }

    private int bucketBefore(ChannelKey channel, Instant sentAt) {
        if (sentAt == null) {
            return -1;
        }
        int current = store.currentBucket(channel);
        for (int n = current; n >= 0 && n > current - MAX_BUCKETS_BACK; n--) {
            var items = store.bucket(channel, n).orElse(List.of());
            if (!items.isEmpty() && (items.get(0).sentAt() == null || !items.get(0).sentAt().isAfter(sentAt))) {
                return n;
            }
            if (n == 0) {
                return 0;
            }
        }
        return -1;
    }
}
