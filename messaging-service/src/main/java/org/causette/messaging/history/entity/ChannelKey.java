package org.causette.messaging.history.entity;

import org.causette.contracts.Channel;

/** A channel's history key: {@code room:<id>} or {@code conversation:<id>}. */
public record ChannelKey(Channel.Kind kind, String id) {

    public static ChannelKey of(Channel channel) {
        return new ChannelKey(channel.kind(), channel.id());
    }

    public static ChannelKey room(String id) {
        return new ChannelKey(Channel.Kind.room, id);
    }

    public static ChannelKey conversation(String id) {
        return new ChannelKey(Channel.Kind.conversation, id);
    }

    public String value() {
        return kind + ":" + id;
    }

    /** {@code _id} of bucket {@code n} of this channel. */
    public String bucket(int n) {
        return value() + ":" + n;
    }
}
