package org.causette.messaging.history.control;

import org.causette.kit.testing.MemoryMongo;
import org.causette.messaging.history.entity.Author;
import org.causette.messaging.history.entity.ChannelKey;
import org.causette.messaging.history.entity.HistoryItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HistoryStoreTest {
    private static final ChannelKey LYON = ChannelKey.room("lyon");

    private MemoryMongo mongo;

    @BeforeEach
    void start() {
        mongo = new MemoryMongo();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void twoInstancesAppendingInTurnKeepEveryItemOnceInOrderAcrossBuckets() {
        var one = store();
        var other = store();
        var ids = IntStream.range(0, 23).mapToObj(i -> "m" + i).toList();
        for (int i = 0; i < ids.size(); i++) {
            // each instance remembers the bucket it last used: the other one fills and leaves it meanwhile
            (i % 5 < 3 ? one : other).append(LYON, item(ids.get(i)), false);
        }
        assertEquals(ids, everything(one));
        assertEquals(5, one.currentBucket(LYON), "buckets of four, the sixth one open");
    }

    @Test
    void anItemAppendedAgainIsKeptOnce() {
        var cut = store();
        cut.append(LYON, item("a"), false);
        cut.append(LYON, item("b"), false);
        cut.append(LYON, item("a"), true);
        assertEquals(List.of("a", "b"), everything(cut));
    }

    private HistoryStore store() {
        var store = mongo.store(HistoryStore.class);
        store.bucketSize = 4;
        return store;
    }

    private static HistoryItem item(String id) {
        return HistoryItem.in(LYON, id, new Author("s1", "Lou"), "text " + id, Instant.now());
    }

    private static List<String> everything(HistoryStore store) {
        var ids = new ArrayList<String>();
        for (int n = 0; n <= store.currentBucket(LYON); n++) {
            store.bucket(LYON, n).orElse(List.of()).forEach(i -> ids.add(i.id()));
        }
        return ids;
    }
}
