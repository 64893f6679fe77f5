package org.causette.kit.logging;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Adds the current trace id to every log record written while a span is current (a REST request, a message being
 * handled): Liberty's JSON logs show it as {@code ext_traceId}. Liberty asks the extension on the logging thread, and
 * OpenTelemetry keeps the current span per thread, so nothing needs setting or clearing per request.
 */
@ApplicationScoped
public class TraceIdInLogs {
    static final String FIELD = "traceId";
    /** Liberty holds extensions weakly: this reference keeps it registered while the application runs. */
    private static final LogRecordContext.Extension CURRENT_TRACE_ID = TraceIdInLogs::currentTraceId;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LogRecordContext.registerExtension(FIELD, CURRENT_TRACE_ID);
    }

    void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        LogRecordContext.unregisterExtension(FIELD);
    }

    /** The trace id of the span current on this thread, or null (no field) outside any trace. */
    static String currentTraceId() {
        var context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }
}
