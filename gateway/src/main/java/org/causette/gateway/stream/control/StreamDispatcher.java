package org.causette.gateway.stream.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.ConversationAnswered;
import org.causette.contracts.ConversationRequested;
import org.causette.contracts.Event;
import org.causette.contracts.MemberJoined;
import org.causette.contracts.MemberLeft;
import org.causette.contracts.MessageReleased;
import org.causette.contracts.MessageRemoved;
import org.causette.contracts.MessageRestored;
import org.causette.contracts.MessageWithheld;
import org.causette.contracts.Outcomes;
import org.causette.contracts.ReportDecided;
import org.causette.contracts.RoomSlowModeChanged;
import org.causette.contracts.SessionBlocked;
import org.causette.contracts.SessionEnded;
import org.causette.contracts.SessionInvited;
import org.causette.contracts.SessionSanctioned;
import org.causette.gateway.blocks.control.BlockList;
import org.causette.gateway.reports.control.ReportOutcomeBox;
import org.causette.gateway.sanctions.control.SanctionBook;
import org.causette.kit.events.PipelineTrace;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.Metric;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns platform events into frames for the streams open here. Every recipient is checked against the audience
 * of the room or conversation (the teen/adult wall holds here too) and against the recipient's blocks. An event
 * seen twice (redelivery) is dropped, so each frame reaches a stream once.
 */
@ApplicationScoped
public class StreamDispatcher {
    private static final System.Logger LOG = System.getLogger(StreamDispatcher.class.getName());
    private static final int REMEMBERED_EVENTS = 100_000;

    /** One line per released message with the time between its hops (ids and times only), for measurements. */
    @Inject
    @ConfigProperty(name = "causette.gateway.stream.trace-log", defaultValue = "false")
    boolean traceLog;

    @Inject
    StreamRegistry registry;

    @Inject
    RoomPresenceIndex presence;

    @Inject
    BlockList blocks;

    @Inject
    SanctionBook sanctions;

    @Inject
    ReportOutcomeBox outcomes;

    @Inject
    jakarta.enterprise.event.Event<RoomSlowModeChanged> slowModeChanges;

    @Inject
    @Metric(name = "causette.gateway.delivery.latency", absolute = true,
            description = "from the gateway that accepted a message to its dispatch to the streams here")
    Timer deliveryLatency;

    private final Map<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_EVENTS;
        }
    };

    public void dispatch(Event event) {
        if (!firstTime(event.eventId())) {
            return;
        }
        if (event instanceof MessageReleased released) {
            released(released);
        } else if (event instanceof MessageRemoved removed) {
            firstTime(Outcomes.automaticReleaseId(removed.message().id())); // a release still on its way: dropped
            toMembers(removed.message(), Frames.removed(removed.message(), removed.by()));
        } else if (event instanceof MessageRestored restored) {
            toMembers(restored.message(), Frames.restored(restored.message()));
        } else if (event instanceof MessageWithheld withheld) {
            toSession(withheld.message().sender().sessionId(), Frames.moderation(withheld.message().id(),
                    withheld.message().clientMessageId(), Frames.pastTense(withheld.verdict().action()),
                    withheld.verdict().reason(), withheld.statement()));
        } else if (event instanceof MemberJoined joined) {
            presence.joined(joined.roomId(), joined.sessionId());
            toRoom(joined.roomId(), joined.audience(), Frames.presence(joined.roomId(), joined.sessionId(),
                    joined.nickname(), "joined"), s -> true);
        } else if (event instanceof MemberLeft left) {
            var frame = Frames.presence(left.roomId(), left.sessionId(), left.nickname(), "left");
            toRoom(left.roomId(), left.audience(), frame, s -> !s.equals(left.sessionId()));
            toSession(left.sessionId(), frame);
            presence.left(left.roomId(), left.sessionId());
        } else if (event instanceof ConversationRequested requested) {
            if (requested.from().bracket() == requested.to().bracket()) {
                toSession(requested.to().sessionId(), Frames.conversation(requested.conversationId(),
                        requested.from(), "pending"));
            }
        } else if (event instanceof ConversationAnswered answered) {
            toSession(answered.to().sessionId(), Frames.conversation(answered.conversationId(), answered.from(),
                    answered.status()));
        } else if (event instanceof SessionSanctioned sanctioned) {
            sanctioned(sanctioned);
        } else if (event instanceof SessionEnded ended) {
            registry.of(ended.sessionId()).forEach(c -> c.close(
                    new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "session-ended")));
        } else if (event instanceof SessionInvited invited) {
            if (invited.from().bracket() == invited.audience()
                    && !blocks.hasBlocked(invited.inviteeSessionId(), invited.from().sessionId())) {
                toSession(invited.inviteeSessionId(), Frames.invitation(invited), invited.audience());
            }
        } else if (event instanceof ReportDecided decided) {
            reportDecided(decided);
        } else if (event instanceof RoomSlowModeChanged changed) {
            slowModeChanges.fire(changed);
        } else if (event instanceof SessionBlocked blocked) {
            blocks.remember(blocked.blockerSessionId(), blocked.blockedSessionId(), blocked.active());
        }
    }

    private void released(MessageReleased released) {
        var message = released.message();
        var author = message.sender().sessionId();
        var others = Frames.message(message, released.text(), false);
        var own = Frames.message(message, released.text(), true);
        Predicate<String> notBlocking = recipient -> !blocks.hasBlocked(recipient, author);
        if (message.channel().kind() == Channel.Kind.room) {
            toRoom(message.channel().id(), message.channel().audience(), others,
                    recipient -> !recipient.equals(author) && notBlocking.test(recipient));
            if (presence.isMember(message.channel().id(), author)) {
                toSession(author, own);
            }
        } else {
            for (var participant : message.channel().participants()) {
                if (participant.equals(author)) {
                    toSession(author, own);
                } else if (notBlocking.test(participant)) {
                    toSession(participant, others, message.channel().audience());
                }
            }
        }
        if (released.verdict() != null && released.verdict().action() == org.causette.contracts.Verdict.Action.mask) {
            toSession(author, Frames.moderation(message.id(), message.clientMessageId(), "masked",
                    released.verdict().reason(), released.statement()));
        }
        recordLatency(PipelineTrace.current());
        if (traceLog) {
            PipelineTrace.stamp("gateway.dispatched");
            LOG.log(System.Logger.Level.INFO, "pipeline message {0}: {1}", message.id(),
                    PipelineTrace.describe(PipelineTrace.hops(PipelineTrace.current())));
        }
    }

    /** From the gateway that took the message to its delivery here (bounded: one timer, no labels). */
    private void recordLatency(String trace) {
        var hops = PipelineTrace.hops(trace);
        if (!hops.isEmpty() && "gateway.in".equals(hops.get(0).name())) {
            long micros = PipelineTrace.nowMicros() - hops.get(0).epochMicros();
            deliveryLatency.update(Duration.ofNanos(Math.max(0, micros) * 1000));
        }
    }

    /** Every member present in the message's room, or every participant of its conversation, the author included. */
    private void toMembers(ChatMessage message, String frame) {
        var channel = message.channel();
        if (channel.kind() == Channel.Kind.room) {
            toRoom(channel.id(), channel.audience(), frame, s -> true);
        } else {
            channel.participants().forEach(participant -> toSession(participant, frame, channel.audience()));
        }
    }

    /** Delivered now if the reporter is connected here, else kept for its next stream (here or elsewhere). */
    private void reportDecided(ReportDecided decided) {
        var frame = Frames.report(decided.reportId(), decided.outcome(), decided.statement());
        outcomes.keep(decided, frame);
        if (registry.isConnected(decided.reporterSessionId()) && outcomes.take(decided.eventId())) {
            toSession(decided.reporterSessionId(), frame);
        }
    }

    private void sanctioned(SessionSanctioned sanctioned) {
        sanctions.apply(sanctioned);
        var frame = Frames.sanction(sanctioned.action(), sanctioned.until(), sanctioned.reason(), sanctioned.statement());
        for (var connection : registry.of(sanctioned.sessionId())) {
            connection.send(frame);
            if ("ban".equals(sanctioned.action())) {
                connection.closeAfterQueued(StreamCloses.BANNED);
            }
        }
    }

    private void toRoom(String roomId, Audience audience, String frame, Predicate<String> recipient) {
        for (var sessionId : presence.membersOf(roomId)) {
            if (recipient.test(sessionId)) {
                toSession(sessionId, frame, audience);
            }
        }
    }

    private void toSession(String sessionId, String frame) {
        registry.of(sessionId).forEach(c -> c.send(frame));
    }

    private void toSession(String sessionId, String frame, Audience audience) {
        Collection<StreamConnection> connections = registry.of(sessionId);
        for (var connection : connections) {
            if (connection.identity().bracket() == audience) {
                connection.send(frame);
            }
        }
    }

    private synchronized boolean firstTime(String eventId) {
        return seen.put(eventId, Boolean.TRUE) == null;
    }
}
