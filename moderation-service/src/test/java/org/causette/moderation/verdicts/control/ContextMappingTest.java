package org.causette.moderation.verdicts.control;

import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.moderation.engine.Context;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContextMappingTest {

    @Test
    void roomsAndConversationsByAudience() {
        assertEquals(Context.TEEN_ROOM, ContextMapping.of(Channel.room("ados-musique", Audience.teen)));
        assertEquals(Context.ADULT_ROOM, ContextMapping.of(Channel.room("paris", Audience.adult)));
        assertEquals(Context.TEEN_DIRECT, ContextMapping.of(Channel.conversation("c1", Audience.teen, List.of("a", "b"))));
        assertEquals(Context.ADULT_DIRECT, ContextMapping.of(Channel.conversation("c2", Audience.adult, List.of("a", "b"))));
    }

    @Test
    void anUnknownAudienceIsTreatedAsTeen() {
        assertEquals(Context.TEEN_ROOM, ContextMapping.of(new Channel(Channel.Kind.room, "r", null, List.of())));
        assertEquals(Context.TEEN_DIRECT, ContextMapping.of(new Channel(Channel.Kind.conversation, "c", null, List.of())));
    }

    @Test
    void channelIdsKeepKindsApart() {
        assertEquals("room:paris", ContextMapping.channelId(Channel.room("paris", Audience.adult)));
        assertEquals("conversation:paris", ContextMapping.channelId(Channel.conversation("paris", Audience.adult, List.of())));
    }

    @Test
    void verdictActionsAreLowercase() {
        assertEquals(org.causette.contracts.Verdict.Action.hold,
                Verdicts.action(org.causette.moderation.engine.Action.HOLD));
    }
}
