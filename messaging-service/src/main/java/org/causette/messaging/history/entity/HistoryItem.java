package org.causette.messaging.history.entity;

import java.time.Instant;

/** A delivered message as the stream shows it (without {@code type}); exactly one of room and conversation is set. */
public record HistoryItem(String id, String room, String conversation, Author from, String text, Instant sentAt) {

    public static HistoryItem in(ChannelKey channel, String id, Author from, String text, Instant sentAt) {
        return switch (channel.kind()) {
            case room -> new HistoryItem(id, channel.id(), null, from, text, sentAt);
            case conversation -> new HistoryItem(id, null, channel.id(), from, text, sentAt);
        };
    }
}
