package org.causette.gateway.stream.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** The streams open on this gateway, on the management port's {@code /metrics}. */
@ApplicationScoped
public class StreamGauges {

    @Inject
    MetricRegistry metrics;

    @Inject
    StreamRegistry streams;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.gauge("causette.gateway.streams.open", streams, StreamRegistry::count);
    }
}
