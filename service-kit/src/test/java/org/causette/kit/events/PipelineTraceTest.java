package org.causette.kit.events;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTraceTest {

    @AfterEach
    void end() {
        PipelineTrace.end();
    }

    @Test
    void hopsCarriedFromEarlierProcessesAreKeptAndNewOnesAppended() {
        PipelineTrace.begin("gateway.in=1000;messaging.in=3000");
        PipelineTrace.stamp("messaging.stored");
        var hops = PipelineTrace.hops(PipelineTrace.current());
        assertEquals(List.of("gateway.in", "messaging.in", "messaging.stored"), hops.stream().map(PipelineTrace.Hop::name).toList());
        assertEquals(3000, hops.get(1).epochMicros());
        assertTrue(hops.get(2).epochMicros() > 3000);
    }

    @Test
    void aMalformedCarriedTraceIsDropped() {
        PipelineTrace.begin("gateway.in=12;<script>=3");
        PipelineTrace.stamp("messaging.in");
        assertEquals(1, PipelineTrace.hops(PipelineTrace.current()).size());
        assertEquals(List.of(), PipelineTrace.hops("a=1;b"));
    }

    @Test
    void nothingIsRecordedOutsideAMessage() {
        PipelineTrace.stamp("messaging.in");
        assertNull(PipelineTrace.current());
    }

    @Test
    void aTraceStopsGrowingAtItsLimit() {
        PipelineTrace.begin(null);
        for (int i = 0; i < 100; i++) {
            PipelineTrace.stamp("hop");
        }
        assertTrue(PipelineTrace.current().length() <= 1024);
    }

    @Test
    void theDescriptionGivesTheTimeBetweenConsecutiveHops() {
        var hops = PipelineTrace.hops("gateway.in=1000;messaging.in=3500;gateway.dispatched=11000");
        assertEquals("messaging.in 2.5 ms, gateway.dispatched 7.5 ms, total 10.0 ms", PipelineTrace.describe(hops));
    }
}
