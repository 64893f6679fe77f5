package org.causette.moderation.engine.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * Notices one sender opening many new conversations in a short time (trawling for victims). A channel is new for
 * a sender the first time this tracker sees the pair.
 */
public final class FirstContactTracker {

    private final BoundedLruMap<String, Boolean> knownPairs;
    private final BoundedLruMap<String, ArrayDeque<Long>> firstContacts;
    private final long windowMillis;
    private final int maxFirstContacts;

    public FirstContactTracker(int capacity, Duration window, int maxFirstContacts) {
        this.knownPairs = new BoundedLruMap<>(capacity);
        this.firstContacts = new BoundedLruMap<>(capacity);
        this.windowMillis = window.toMillis();
        this.maxFirstContacts = maxFirstContacts;
    }

    /** @return true when this message makes the sender exceed the allowed number of first contacts in the window */
    public boolean record(String senderId, String channelId, Instant at) {
        String pair = senderId + '\u0000' + channelId;
        boolean isNew = knownPairs.addIfAbsent(pair, Boolean.TRUE);
        long now = at.toEpochMilli();
        return firstContacts.compute(senderId, k -> new ArrayDeque<>(), times -> {
            while (!times.isEmpty() && now - times.peekFirst() > windowMillis) {
                times.pollFirst();
            }
            if (isNew) {
                times.addLast(now);
            }
            return times.size() > maxFirstContacts;
        });
    }
}
