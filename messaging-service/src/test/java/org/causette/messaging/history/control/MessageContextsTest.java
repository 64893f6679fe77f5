package org.causette.messaging.history.control;

import org.causette.kit.testing.MemoryMongo;
import org.causette.messaging.history.entity.MessageContext;
import org.causette.messaging.history.entity.Author;
import org.causette.messaging.history.entity.ChannelKey;
import org.causette.messaging.history.entity.HistoryItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessageContextsTest {
    private static final ChannelKey LYON = ChannelKey.room("lyon");
    private static final ChannelKey NICE = ChannelKey.room("nice");
    private static final Instant T0 = Instant.parse("2026-12-07T20:00:00Z");

    private MemoryMongo mongo;
    private HistoryStore store;
    private MessageContexts cut;

    @BeforeEach
    void start() {
        mongo = new MemoryMongo();
        store = mongo.store(HistoryStore.class);
        store.bucketSize = 4;
        cut = new MessageContexts();
        cut.store = store;
        for (int i = 0; i < 14; i++) {
            store.append(LYON, item(LYON, i), false);
        }
        store.append(NICE, item(NICE, 100), false);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aDeliveredMessageSitsBetweenItsNeighboursAcrossBuckets() {
        var context = cut.around(LYON, "lyon-8", null, 3);
        assertEquals(List.of("lyon-5", "lyon-6", "lyon-7"), ids(context.before()));
        assertEquals(List.of("lyon-9", "lyon-10", "lyon-11"), ids(context.after()));
    }

    @Test
    void aHeldMessageIsPlacedByTheTimeItWasSent() {
        var context = cut.around(LYON, "held", T0.plusSeconds(4 * 60 + 30), 2);
        assertEquals(List.of("lyon-3", "lyon-4"), ids(context.before()));
        assertEquals(List.of("lyon-5", "lyon-6"), ids(context.after()));
    }

    @Test
    void theEndsOfTheHistory() {
        assertEquals(List.of(), ids(cut.around(LYON, "lyon-0", null, 5).before()));
        assertEquals(List.of("lyon-12"), ids(cut.around(LYON, "lyon-13", null, 1).before()));
        assertEquals(List.of(), ids(cut.around(LYON, "lyon-13", null, 5).after()));
        assertEquals(List.of("lyon-11", "lyon-12", "lyon-13"), ids(cut.around(LYON, "late", T0.plusSeconds(3600), 3)
                .before()));
    }

    @Test
    void anotherChannelsMessageOrNoTimeGivesNothing() {
        assertEquals(MessageContext.none(), cut.around(LYON, "nice-100", null, 5));
        assertEquals(MessageContext.none(), cut.around(LYON, "unknown", null, 5));
    }

    private static HistoryItem item(ChannelKey channel, int i) {
        return HistoryItem.in(channel, channel.id() + "-" + i, new Author("s" + i, "Lou" + i), "text " + i,
                T0.plusSeconds(60L * i));
    }

    private static List<String> ids(List<HistoryItem> items) {
        return items.stream().map(HistoryItem::id).toList();
    }
}
