package org.causette.moderation.verdicts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.moderation.engine.conversation.ConversationModeration;
import org.causette.moderation.engine.conversation.Turn;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last messages of each teen room and conversation, for {@link ConversationModeration}: bounded in channels,
 * turns per channel and characters per turn, forgotten after a quiet while. In memory only (texts are never
 * logged): a sender's messages in a channel reach one consumer (message groups), and only the sender's own turns
 * count against them, so a replica sees what it needs.
 */
@ApplicationScoped
public class ConversationMemory {
    static final int MAX_TURN_LENGTH = 300;

    @Inject
    @ConfigProperty(name = "causette.moderation.context.max-channels", defaultValue = "2000")
    int maxChannels;

    @Inject
    @ConfigProperty(name = "causette.moderation.context.forget-after-minutes", defaultValue = "30")
    long forgetAfterMinutes;

    private final Map<String, Channel> channels = new LinkedHashMap<>(16, 0.75f, true);

    private static final class Channel {
        final Deque<Turn> turns = new ArrayDeque<>();
        Instant lastTurn;
    }

    /** The channel's remembered turns, oldest first. */
    public synchronized List<Turn> turns(String channelId, Instant now) {
        var channel = channels.get(channelId);
        if (channel == null) {
            return List.of();
        }
        if (channel.lastTurn.isBefore(now.minus(Duration.ofMinutes(forgetAfterMinutes)))) {
            channels.remove(channelId);
            return List.of();
        }
        return List.copyOf(channel.turns);
    }

    public synchronized void add(String channelId, String senderId, String text, Instant now) {
        var channel = channels.computeIfAbsent(channelId, id -> new Channel());
        if (channel.turns.size() >= ConversationModeration.MAX_TURNS) {
            channel.turns.removeFirst();
        }
        channel.turns.addLast(new Turn(senderId, text.length() > MAX_TURN_LENGTH ? text.substring(0, MAX_TURN_LENGTH) : text));
        channel.lastTurn = now;
        var eldest = channels.entrySet().iterator();
        while (channels.size() > maxChannels && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    synchronized int channelCount() {
        return channels.size();
    }
}
