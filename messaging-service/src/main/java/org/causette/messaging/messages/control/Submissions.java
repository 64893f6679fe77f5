package org.causette.messaging.messages.control;

import com.mongodb.MongoException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSRuntimeException;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Sender;
import org.causette.kit.events.PipelineTrace;
import org.causette.kit.problems.ProblemException;
import org.causette.messaging.conversations.control.Conversations;
import org.causette.messaging.messages.entity.DuplicateMessageId;
import org.causette.messaging.messages.entity.MessageState;
import org.causette.messaging.messages.entity.SubmissionAccepted;
import org.causette.messaging.messages.entity.SubmitMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Accepting a message. Conversation messages come over REST ({@link #submit}; only this service knows who takes part
 * in a conversation): stored once (its id is the key), noted in the outbox, handed to moderation; only when all of that
 * worked is the message accepted, and a resend of a message still waiting is handed to moderation again. Room messages
 * come from the gateways over the broker ({@link #accept}), which gives moderation its own copy: they are only stored.
 */
@ApplicationScoped
public class Submissions {
    private static final System.Logger LOG = System.getLogger(Submissions.class.getName());

    @Inject
    MessageStore store;

    @Inject
    Outbox outbox;

    @Inject
    MessagePublisher publisher;

    @Inject
    Conversations conversations;

    @Inject
    @ConfigProperty(name = "causette.messaging.outbox.redeliver-after-seconds", defaultValue = "10")
    long redeliverAfterSeconds;

    public SubmissionAccepted submit(SubmitMessage request, Sender sender) {
        request.validate();
        try {
            var channel = switch (request.channel().kind()) {
                case room -> Channel.room(request.channel().id(), request.channel().audience());
                case conversation -> conversations.channelFor(request.channel().id(), sender.sessionId());
            };
            var message = new ChatMessage(request.id(), request.clientMessageId(), channel, sender, request.text(),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            if (store.insert(message)) {
                outbox.add(message.id(), redeliveryDue());
                PipelineTrace.stamp("messaging.stored");
                publisher.submitted(message);
                return SubmissionAccepted.of(message.id());
            }
            return resubmit(request.id(), sender);
        } catch (MongoException e) {
            LOG.log(System.Logger.Level.WARNING, "message {0} not accepted, store unavailable: {1}", request.id(),
                    e.getClass().getSimpleName());
            throw ProblemException.unavailable("The message store is unavailable; send again shortly.");
        } catch (JMSRuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "message {0} not accepted, broker unavailable: {1}", request.id(),
                    e.getClass().getSimpleName());
            throw ProblemException.unavailable("The broker is unavailable; send again shortly.");
        }
    }

    /**
     * A room message a gateway accepted (durable on the broker already, and on its way to moderation too). Its verdict
     * may have come first and stored it ({@link VerdictRecorder}). A failure escapes, so that the broker redelivers
     * it; the same id again is never a second message.
     */
    public void accept(ChatMessage message) {
        if (store.insert(message)) {
            PipelineTrace.stamp("messaging.stored");
            return;
        }
        var existing = store.find(message.id()).orElseThrow(() -> new IllegalStateException("duplicate vanished"));
        if (!existing.message().sender().sessionId().equals(message.sender().sessionId())) {
            LOG.log(System.Logger.Level.WARNING, "message {0} dropped: its id belongs to another sender", message.id());
        }
    }

    /** The same id again: never a second message; one still waiting for its verdict goes to moderation again. */
    private SubmissionAccepted resubmit(String id, Sender sender) {
        var existing = store.find(id).orElseThrow(() -> new IllegalStateException("duplicate " + id + " vanished"));
        if (!existing.message().sender().sessionId().equals(sender.sessionId())) {
            throw new DuplicateMessageId();
        }
        if (existing.state() == MessageState.pending) {
            outbox.add(id, redeliveryDue());
            publisher.submitted(existing.message());
        }
        return SubmissionAccepted.of(id);
    }

    Instant redeliveryDue() {
        return Instant.now().plus(Duration.ofSeconds(redeliverAfterSeconds));
    }
}
