package org.causette.messaging.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.DeliveredText;
import org.causette.contracts.Event;
import org.causette.contracts.MessageModerated;
import org.causette.contracts.MessageRemoved;
import org.causette.contracts.Outcomes;
import org.causette.kit.events.PipelineTrace;
import org.causette.kit.events.PoisonMessage;
import org.causette.messaging.history.control.History;
import org.causette.messaging.messages.entity.MessageState;
import org.causette.messaging.messages.entity.StoredMessage;

/**
 * Records verdicts and announces what changed. A verdict that moves the message (pending to released, masked,
 * blocked or held; held to released, masked or blocked; a moderator's: delivered to removed, removed or blocked to
 * released) publishes exactly one outcome ({@link Outcomes}), unless moderation announced it
 * already (the automatic verdict); anything else changes nothing and publishes nothing. The one exception is the
 * redelivery of the very event whose change was stored but whose transaction (and so its publish) rolled back: that
 * event publishes again.
 */
@ApplicationScoped
public class VerdictRecorder {
    private static final System.Logger LOG = System.getLogger(VerdictRecorder.class.getName());
    private static final int MAX_ATTEMPTS = 5;

    @Inject
    MessageStore store;

    @Inject
    Outbox outbox;

    @Inject
    History history;

    @Inject
    MessagePublisher publisher;

    @Inject
    AfterCommit afterCommit;

    public void record(MessageModerated event) {
        var message = event.message();
        if (message == null || message.id() == null || message.channel() == null || message.sender() == null
                || event.verdict() == null || event.verdict().action() == null || event.eventId() == null) {
            throw new PoisonMessage("incomplete MessageModerated " + event.eventId());
        }
        if (!event.overrules() && recordedWhilePending(event)) {
            return;
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            var stored = store.find(message.id()).orElse(null);
            if (stored == null) {
                store.insert(message); // the store lost it (or never had it): the event carries the whole message
                continue;
            }
            var next = event.overrules() ? stored.state().afterOverrule(event.verdict().action())
                    : stored.state().after(event.verdict().action());
            if (next.isPresent()) {
                if (!store.transition(message.id(), stored.state(), next.get(), event.verdict(), event.statement(),
                        event.eventId(), event.wasAnnounced())) {
                    continue; // another verdict moved it meanwhile: judge again from its new state
                }
                moved(stored, next.get(), event);
                return;
            }
            forgetInOutbox(message);
            if (event.eventId().equals(stored.verdictEvent()) && !stored.published()) {
                LOG.log(System.Logger.Level.INFO, "republishing outcome of message {0}", message.id());
                announce(stored, null, event);
            }
            return;
        }
        throw new IllegalStateException("verdicts for message " + message.id() + " keep racing; redeliver");
    }

    /** The usual case, a first verdict for a pending message, in one store call; false if it was not pending. */
    private boolean recordedWhilePending(MessageModerated event) {
        var next = MessageState.pending.after(event.verdict().action()).orElseThrow();
        var was = store.transitionFromPending(event.message().id(), next, event.verdict(), event.statement(),
                event.eventId(), event.wasAnnounced());
        was.ifPresent(before -> moved(before, next, event));
        return was.isPresent();
    }

    /** The message just moved from {@code before}'s state to {@code next}: outbox, history, the one outcome. */
    private void moved(StoredMessage before, MessageState next, MessageModerated event) {
        forgetInOutbox(before.message());
        PipelineTrace.stamp("messaging.recorded");
        announce(new StoredMessage(before.message(), next, event.verdict(), event.statement(), event.eventId(), false,
                before.legalHold()), before.state(), event);
    }

    /**
     * Only conversation messages wait in the outbox (room messages reach moderation through the broker); an entry
     * left by a room message sent over REST is dropped by the relay once it sees the message judged.
     */
    private void forgetInOutbox(ChatMessage message) {
        if (message.channel().kind() == Channel.Kind.conversation) {
            outbox.remove(message.id());
        }
    }

    /**
     * History and the gateways, once the message is in {@code stored}'s state coming from {@code before} (null when
     * republishing: unknown).
     */
    private void announce(StoredMessage stored, MessageState before, MessageModerated event) {
        var message = stored.message();
        Event outcome;
        if (stored.state() == MessageState.removed) {
            history.remove(message.id());
            outcome = Outcomes.removed(message, MessageRemoved.BY_MODERATION, event.eventId());
        } else if (stored.state().delivered()) {
            boolean mayBeInHistory = before == null || before.delivered() || before == MessageState.removed;
            history.append(message, DeliveredText.of(message, stored.verdict()), mayBeInHistory);
            outcome = before == MessageState.removed ? Outcomes.restored(message, event.eventId())
                    : Outcomes.of(message, stored.verdict(), stored.statement(), event.eventId());
        } else {
            outcome = Outcomes.of(message, stored.verdict(), stored.statement(), event.eventId());
        }
        if (!event.wasAnnounced()) {
            publisher.announce(message, outcome);
            afterCommit.run(() -> store.markPublished(message.id(), event.eventId()));
        }
    }
}
