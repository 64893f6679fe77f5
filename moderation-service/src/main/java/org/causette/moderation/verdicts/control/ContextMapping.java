package org.causette.moderation.verdicts.control;

import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.moderation.engine.Context;

/** Where a message is posted, in the engine's terms. An unknown audience is treated as teen: the stricter side. */
public final class ContextMapping {
    private ContextMapping() {
    }

    public static Context of(Channel channel) {
        boolean adult = channel.audience() == Audience.adult;
        if (channel.kind() == Channel.Kind.conversation) {
            return adult ? Context.ADULT_DIRECT : Context.TEEN_DIRECT;
        }
        return adult ? Context.ADULT_ROOM : Context.TEEN_ROOM;
    }

    /** The engine's per-channel state key: kind and id, so a room and a conversation never share one. */
    public static String channelId(Channel channel) {
        return channel.kind() + ":" + channel.id();
    }
}
