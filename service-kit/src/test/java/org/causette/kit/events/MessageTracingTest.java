package org.causette.kit.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageTracingTest {
    private static final String SUBMISSIONS = "causette.messaging.submissions";

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private OpenTelemetrySdk telemetry;
    private MessageTracing cut;

    @BeforeEach
    void sdk() {
        telemetry = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
        cut = new MessageTracing(telemetry);
    }

    @AfterEach
    void close() {
        telemetry.close();
    }

    @Test
    void aSentMessageCarriesTheContextOfAProducerSpanChildOfTheCurrentOne() {
        var message = message();
        var request = telemetry.getTracer("test").spanBuilder("POST /rooms/{id}/messages").startSpan();
        try (var scope = request.makeCurrent(); var traced = cut.sending(SUBMISSIONS, message)) {
            assertTrue(traced.span().getSpanContext().isValid());
        }
        request.end();

        var producer = only(SpanKind.PRODUCER);
        assertEquals(request.getSpanContext().getSpanId(), producer.getParentSpanId());
        assertEquals("00-" + producer.getTraceId() + "-" + producer.getSpanId() + "-01",
                properties(message).get("traceparent"));
        assertEquals(SUBMISSIONS + " publish", producer.getName());
    }

    @Test
    void handlingAMessageRunsInAConsumerSpanChildOfTheSendersSpan() {
        var message = message();
        cut.sending(SUBMISSIONS, message).close();
        var producer = only(SpanKind.PRODUCER);

        String currentTrace;
        try (var traced = cut.receiving("causette.moderation.requests", message)) {
            currentTrace = Span.current().getSpanContext().getTraceId();
        }
        var consumer = only(SpanKind.CONSUMER);
        assertEquals(producer.getTraceId(), consumer.getTraceId());
        assertEquals(producer.getSpanId(), consumer.getParentSpanId());
        assertEquals(producer.getTraceId(), currentTrace);
        assertFalse(Span.current().getSpanContext().isValid(), "the consumer span is no longer current once closed");
    }

    @Test
    void aMessageWithoutOrWithAMalformedContextStartsATraceOfItsOwn() {
        var plain = message();
        var forged = message();
        properties(forged).put("traceparent", "00-not-a-trace-01");
        cut.receiving(SUBMISSIONS, plain).close();
        cut.receiving(SUBMISSIONS, forged).close();

        var consumers = spans.getFinishedSpanItems();
        assertEquals(2, consumers.size());
        consumers.forEach(span -> assertFalse(span.getParentSpanContext().isValid(), span.getName()));
        assertNotEquals(consumers.get(0).getTraceId(), consumers.get(1).getTraceId());
    }

    @Test
    void aMessageWhosePropertiesCannotBeReadStartsATraceOfItsOwn() {
        var broken = (Message) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Message.class},
                (proxy, method, args) -> {
                    throw new JMSException("closed");
                });
        cut.receiving(SUBMISSIONS, broken).close();
        assertFalse(only(SpanKind.CONSUMER).getParentSpanContext().isValid());
    }

    private SpanData only(SpanKind kind) {
        var matching = spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == kind).toList();
        assertEquals(1, matching.size(), kind + " spans: " + matching);
        return matching.get(0);
    }

    private final Map<Message, Map<String, String>> properties = new HashMap<>();

    private Map<String, String> properties(Message message) {
        return properties.get(message);
    }

    /** A message that only keeps string properties (all the tracing touches). */
    private Message message() {
        var values = new HashMap<String, String>();
        var message = (Message) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Message.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setStringProperty" -> values.put((String) args[0], (String) args[1]);
                    case "getStringProperty" -> values.get((String) args[0]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        properties.put(message, values);
        return message;
    }
}
