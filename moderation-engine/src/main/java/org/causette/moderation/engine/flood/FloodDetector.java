package org.causette.moderation.engine.flood;

import org.causette.moderation.engine.risk.BoundedLruMap;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Per-sender flood detection: too many messages in a sliding window, or the same (normalised) text repeated.
 * Join waves, mention spam and link bursts across senders are the service's job.
 */
public final class FloodDetector {

    /** What a new message does to its sender's flood state. */
    public enum Flood { NONE, RATE, REPEATED }

    private record Sent(long at, int textHash) {
    }

    private final BoundedLruMap<String, ArrayDeque<Sent>> senders;
    private final int maxMessages;
    private final long windowMillis;
    private final int maxRepeats;
    private final long repeatWindowMillis;

    public FloodDetector(int capacity, int maxMessages, Duration window, int maxRepeats, Duration repeatWindow) {
        this.senders = new BoundedLruMap<>(capacity);
        this.maxMessages = maxMessages;
        this.windowMillis = window.toMillis();
        this.maxRepeats = maxRepeats;
        this.repeatWindowMillis = repeatWindow.toMillis();
    }

    /** Records a message of {@code senderId} and tells whether it floods. {@code normalizedText} should be folded. */
    public Flood record(String senderId, String normalizedText, Instant at) {
        long now = at.toEpochMilli();
        int hash = normalizedText.strip().hashCode();
        long keep = Math.max(windowMillis, repeatWindowMillis);
        return senders.compute(senderId, k -> new ArrayDeque<>(), sent -> {
            while (!sent.isEmpty() && now - sent.peekFirst().at() > keep) {
                sent.pollFirst();
            }
            int inWindow = 1;
            int repeats = 1;
            for (Iterator<Sent> it = sent.descendingIterator(); it.hasNext(); ) {
                Sent s = it.next();
                if (now - s.at() <= windowMillis) {
                    inWindow++;
                }
                if (now - s.at() <= repeatWindowMillis && s.textHash() == hash) {
                    repeats++;
                }
            }
            sent.addLast(new Sent(now, hash));
            if (sent.size() > 4 * (maxMessages + maxRepeats)) {
                sent.pollFirst();
            }
            if (repeats > maxRepeats) {
                return Flood.REPEATED;
            }
            return inWindow > maxMessages ? Flood.RATE : Flood.NONE;
        });
    }
}
