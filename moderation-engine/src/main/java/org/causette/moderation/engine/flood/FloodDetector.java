package org.causette.moderation.engine.flood;

import org.causette.moderation.engine.risk.BoundedLruMap;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Per-sender flood detection over sliding windows: too many messages, the same (normalised) text repeated,
 * a burst of messages with links, too many mentions over the burst window (too many in one message is a content
 * rule of the engine). Join waves into a room are seen by rooms-service.
 */
public final class FloodDetector {

    /** What a new message does to its sender's flood state, worst first. */
    public enum Flood { REPEATED, LINKS, MENTIONS, RATE, NONE }

    /** One message as the detector sees it: its folded text, whether it carries a link, how many it mentions. */
    public record Sent(String foldedText, boolean link, int mentions) {
    }

    private record Past(long at, int textHash, boolean link, int mentions) {
    }

    private final BoundedLruMap<String, ArrayDeque<Past>> senders;
    private final FloodLimits limits;

    public FloodDetector(int capacity, FloodLimits limits) {
        this.senders = new BoundedLruMap<>(capacity);
        this.limits = limits;
    }

    /** Records a message of {@code senderId} at {@code now} (epoch millis) and tells whether it floods. */
    public Flood record(String senderId, Sent message, long now) {
        int hash = message.foldedText().strip().hashCode();
        long window = limits.window().toMillis();
        long repeatWindow = limits.repeatWindow().toMillis();
        long burstWindow = limits.burstWindow().toMillis();
        long keep = Math.max(window, Math.max(repeatWindow, burstWindow));
        return senders.compute(senderId, k -> new ArrayDeque<>(), sent -> {
            while (!sent.isEmpty() && now - sent.peekFirst().at() > keep) {
                sent.pollFirst();
            }
            int inWindow = 1;
            int repeats = 1;
            int links = message.link() ? 1 : 0;
            int mentions = message.mentions();
            for (Iterator<Past> it = sent.descendingIterator(); it.hasNext(); ) {
                Past p = it.next();
                long age = now - p.at();
                inWindow += age <= window ? 1 : 0;
                repeats += age <= repeatWindow && p.textHash() == hash ? 1 : 0;
                if (age <= burstWindow) {
                    links += p.link() ? 1 : 0;
                    mentions += p.mentions();
                }
            }
            sent.addLast(new Past(now, hash, message.link(), message.mentions()));
            if (sent.size() > 4 * (limits.maxMessages() + limits.maxRepeats() + limits.maxLinkMessages())) {
                sent.pollFirst();
            }
            if (repeats > limits.maxRepeats()) {
                return Flood.REPEATED;
            }
            if (message.link() && links > limits.maxLinkMessages()) {
                return Flood.LINKS;
            }
            if (message.mentions() > 0 && mentions > limits.maxMentionsPerWindow()) {
                return Flood.MENTIONS;
            }
            return inWindow > limits.maxMessages() ? Flood.RATE : Flood.NONE;
        });
    }
}
