package org.causette.kit.events;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.util.List;

/**
 * W3C trace context across the broker: a PRODUCER span around each send whose context travels in the message's
 * {@code traceparent} (and {@code tracestate}) properties, and a CONSUMER span, its child, current while a listener
 * handles the message. Broker diverts copy the properties, so a diverted message continues the same trace. Liberty's
 * MicroProfile Telemetry does the same for REST; spans are exported only where an exporter is configured.
 */
@ApplicationScoped
public class MessageTracing {
    static final TextMapSetter<Message> SETTER = (message, key, value) -> {
        try {
            message.setStringProperty(key, value);
        } catch (JMSException e) {
            throw new jakarta.jms.JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    };
    static final TextMapGetter<Message> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Message message) {
            return List.of("traceparent", "tracestate");
        }

        @Override
        public String get(Message message, String key) {
            try {
                return message == null ? null : message.getStringProperty(key);
            } catch (JMSException | RuntimeException e) {
                return null;
            }
        }
    };

    private OpenTelemetry telemetry;
    private Tracer tracer;

    MessageTracing() {
    }

    @Inject
    public MessageTracing(OpenTelemetry telemetry) {
        this.telemetry = telemetry;
        this.tracer = telemetry.getTracer("org.causette.events");
    }

    /** Starts the span of sending to {@code destination} and writes its context into the message; end it once sent. */
    public Traced sending(String destination, Message message) {
        var span = tracer.spanBuilder(destination + " publish").setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "activemq")
                .setAttribute("messaging.destination.name", destination).startSpan();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current().with(span), message, SETTER);
        return new Traced(span, null);
    }

    /**
     * Starts the span of handling a message received from {@code destination}, child of the sender's span when the
     * message carries one (a new trace otherwise), and makes it current until closed.
     */
    public Traced receiving(String destination, Message message) {
        var parent = telemetry.getPropagators().getTextMapPropagator().extract(Context.root(), message, GETTER);
        var span = tracer.spanBuilder(destination + " process").setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "activemq")
                .setAttribute("messaging.destination.name", destination).startSpan();
        return new Traced(span, span.makeCurrent());
    }

    /** A span in progress: closing it ends the span (and leaves its scope, if it was made current). */
    public record Traced(Span span, Scope scope) implements AutoCloseable {
        @Override
        public void close() {
            if (scope != null) {
                scope.close();
            }
            span.end();
        }
    }
}
