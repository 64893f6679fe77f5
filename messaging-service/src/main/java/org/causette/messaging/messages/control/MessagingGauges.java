package org.causette.messaging.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** The outbox backlog (conversation messages waiting for their verdict), on {@code /metrics}. */
@ApplicationScoped
public class MessagingGauges {

    @Inject
    MetricRegistry metrics;

    @Inject
    Outbox outbox;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.gauge("causette.messaging.outbox.backlog", outbox, Outbox::backlog);
    }
}
