package org.causette.messaging.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.messaging.messages.entity.MessageState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * Hands overdue outbox entries to moderation again (the service may have died between storing a message and sending
 * it, or the request was lost). Moderation is idempotent by message id, so a second request is harmless.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final System.Logger LOG = System.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 200;
    private static final Duration ORPHAN_GRACE = Duration.ofMinutes(1);

    @Inject
    Outbox outbox;

    @Inject
    MessageStore store;

    @Inject
    MessagePublisher publisher;

    @Inject
    @ConfigProperty(name = "causette.messaging.outbox.redeliver-after-seconds", defaultValue = "10")
    long redeliverAfterSeconds;

    public int sweep() {
        var now = Instant.now();
        int republished = 0;
        for (var entry : outbox.due(now, BATCH)) {
            var stored = store.find(entry.messageId());
            if (stored.isEmpty()) {
                if (entry.dueAt().isBefore(now.minus(ORPHAN_GRACE))) {
                    outbox.remove(entry.messageId());
                }
                continue;
            }
            if (stored.get().state() != MessageState.pending) {
                outbox.remove(entry.messageId());
                continue;
            }
            publisher.submitted(stored.get().message());
            outbox.postpone(entry.messageId(), now.plus(backoff(entry.attempts())));
            republished++;
        }
        if (republished > 0) {
            LOG.log(System.Logger.Level.INFO, "outbox republished {0} messages to moderation", republished);
        }
        return republished;
    }

    /** The configured delay, doubled per attempt up to eight times as long, so a moderation outage is not flooded. */
    Duration backoff(int attempts) {
        return Duration.ofSeconds(redeliverAfterSeconds << Math.min(Math.max(attempts, 0), 3));
    }
}
