package org.causette.moderation.audit.control;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.causette.kit.testing.MemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditStoreTest {

    private MemoryMongo mongo;
    private AuditStore cut;

    @BeforeEach
    void start() {
        mongo = new MemoryMongo();
        cut = new AuditStore();
        cut.database = mongo.database();
        cut.init();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void concurrentAppendsMakeOneChainWithoutGaps() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        cut.record("mod" + thread, "case-viewed", "case-" + i);
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        var check = cut.verify();
        assertTrue(check.valid(), check.toString());
        assertEquals(200, check.entries());
    }

    @Test
    void aModifiedEntryIsDetected() {
        for (int i = 0; i < 4; i++) {
            cut.record("alice", "decision", "case-" + i, "action", "ban");
        }
        cut.entries.updateOne(Filters.eq("_id", 2L), Updates.set("details.action", "warn"));

        var check = cut.verify();

        assertFalse(check.valid());
        assertEquals(2L, check.firstBrokenSeq());
    }

    @Test
    void aDeletedEntryIsDetectedEvenTheLastOne() {
        for (int i = 0; i < 4; i++) {
            cut.record("alice", "decision", "case-" + i);
        }
        cut.entries.deleteOne(Filters.eq("_id", 4L));
        assertEquals(4L, cut.verify().firstBrokenSeq());

        cut.entries.deleteOne(Filters.eq("_id", 2L));
        assertEquals(2L, cut.verify().firstBrokenSeq());
    }

    @Test
    void appendingAfterALaggingHeadContinuesTheChain() {
        cut.record("alice", "login-succeeded", null);
        cut.record("alice", "case-viewed", "c1");
        cut.head.deleteMany(Filters.empty());

        var third = cut.record("alice", "case-viewed", "c2");

        assertEquals(3, third.seq());
        assertTrue(cut.verify().valid());
    }
}
