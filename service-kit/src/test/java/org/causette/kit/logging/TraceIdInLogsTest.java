package org.causette.kit.logging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TraceIdInLogsTest {

    @Test
    void logRecordsWrittenInsideASpanNameItsTrace() {
        var trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        var span = Span.wrap(SpanContext.create(trace, "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault()));
        try (var scope = span.makeCurrent()) {
            assertEquals(trace, TraceIdInLogs.currentTraceId());
        }
    }

    @Test
    void logRecordsOutsideAnySpanHaveNoTraceField() {
        assertNull(TraceIdInLogs.currentTraceId());
    }
}
