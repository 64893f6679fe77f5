package org.causette.gateway.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSRuntimeException;
import org.causette.kit.json.Jsons;
import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.MessageSubmitted;
import org.causette.contracts.RoomSlowModeChanged;
import org.causette.contracts.Sender;
import org.causette.gateway.messages.entity.Accepted;
import org.causette.gateway.messages.entity.MessageRequest;
import org.causette.gateway.ratelimit.control.RateLimits;
import org.causette.gateway.routing.control.MessagingClient;
import org.causette.gateway.routing.control.RoomsClient;
import org.causette.gateway.sanctions.control.SanctionBook;
import org.causette.gateway.security.entity.Identity;
import org.causette.gateway.stream.control.RoomPresenceIndex;
import org.causette.kit.events.EventPublisher;
import org.causette.kit.events.PipelineTrace;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accepting a message, the same way from REST and from the stream: validate, limit, check sanctions, then
 * membership and the room's slow mode (one call: rooms-service keeps the slow-mode slots in the store, so the limit
 * holds across every gateway), then hand it on durably before answering. A room message goes to messaging-service
 * over the broker (accepted once the broker has it on disk, stored and moderated from there); a conversation message
 * over REST, because messaging-service decides who may write in a conversation.
 */
@ApplicationScoped
public class MessageSubmission {
    public static final int MAX_TEXT_CODE_POINTS = 1000;
    public static final int MAX_CLIENT_ID_LENGTH = 64;
    private static final int MAX_KNOWN_ROOMS = 10_000;
    private static final long KNOWN_FOR_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

    @Inject
    @Metric(name = "causette.gateway.messages.accepted", absolute = true,
            description = "messages this gateway accepted (ack / 202), rooms and conversations")
    Counter accepted;

    @Inject
    RateLimits limits;

    @Inject
    SanctionBook sanctions;

    @Inject
    RoomsClient rooms;

    @Inject
    MessagingClient messaging;

    @Inject
    EventPublisher events;

    @Inject
    RoomPresenceIndex presence;

    private final Map<String, KnownRoom> unhurriedRooms = new ConcurrentHashMap<>();

    public Accepted toRoom(Identity caller, String roomId, MessageRequest request) {
        PipelineTrace.begin(PipelineTrace.starting("gateway.in"));
        try {
            validate(request);
            limits.message(caller.subject());
            sanctions.checkMaySend(caller.subject());
            var channel = Channel.room(roomId, permittedAudience(caller, roomId, request));
            var message = new ChatMessage(messageId(caller.subject(), request.clientMessageId()),
                    request.clientMessageId(), channel, new Sender(caller.subject(), caller.nickname(), caller.bracket()),
                    request.text(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
            events.toQueue(Destinations.MESSAGING_SUBMISSIONS, new MessageSubmitted(Events.newId(), Instant.now(),
                    message), channel.orderingKey(caller.subject()));
            accepted.inc();
            return new Accepted(message.id(), "accepted");
        } catch (JMSRuntimeException e) {
            throw ProblemException.unavailable("The broker is unavailable; send again shortly.");
        } finally {
            PipelineTrace.end();
        }
    }

    /**
     * The audience of the room, once the caller may send there. Rooms-service decides (membership, slow mode) and
     * answers the room's audience and slow mode. For a room without slow mode the answer is remembered for a minute,
     * and while the presence index (kept current by every join and leave) knows the caller is in the room, no call is
     * made. Rooms-service announces every slow mode change ({@link RoomSlowModeChanged}), which ends the memory at
     * once; the minute only bounds what a lost announcement could cost.
     */
    private Audience permittedAudience(Identity caller, String roomId, MessageRequest request) {
        var known = unhurriedRooms.get(roomId);
        if (known != null && known.isFresh() && presence.isMember(roomId, caller.subject())) {
            return known.audience();
        }
        var permit = rooms.sendPermit(caller.bearer(), roomId, Jsons.createObjectBuilder()
                .add("messageId", messageId(caller.subject(), request.clientMessageId())).build());
        var audience = Audience.valueOf(permit.getString("audience"));
        if (permit.getInt("slowModeSeconds", 0) == 0) {
            if (unhurriedRooms.size() >= MAX_KNOWN_ROOMS) {
                unhurriedRooms.clear();
            }
            unhurriedRooms.put(roomId, new KnownRoom(audience, System.nanoTime() + KNOWN_FOR_NANOS));
        } else {
            unhurriedRooms.remove(roomId);
        }
        return audience;
    }

    /** Slow mode changed through this gateway: ask rooms-service again from the next message on. */
    public void forgetRoom(String roomId) {
        unhurriedRooms.remove(roomId);
    }

    void slowModeChanged(@Observes RoomSlowModeChanged changed) {
        forgetRoom(changed.roomId());
    }

    private record KnownRoom(Audience audience, long freshUntilNanos) {
        boolean isFresh() {
            return System.nanoTime() - freshUntilNanos < 0;
        }
    }

    public Accepted toConversation(Identity caller, String conversationId, MessageRequest request) {
        var trace = PipelineTrace.starting("gateway.in");
        validate(request);
        limits.message(caller.subject());
        sanctions.checkMaySend(caller.subject());
        return submit(caller, request, trace, Jsons.createObjectBuilder().add("kind", Channel.Kind.conversation.name())
                .add("id", conversationId));
    }

    private Accepted submit(Identity caller, MessageRequest request, String trace,
                            jakarta.json.JsonObjectBuilder channel) {
        var id = messageId(caller.subject(), request.clientMessageId());
        var answer = messaging.submit(caller.bearer(), trace, Jsons.createObjectBuilder()
                .add("id", id)
                .add("clientMessageId", request.clientMessageId())
                .add("channel", channel)
                .add("text", request.text())
                .build());
        accepted.inc();
        return new Accepted(answer.getString("id", id), "accepted");
    }

    /** The same session and clientMessageId always give the same id, so a resend is recognised everywhere. */
    public static String messageId(String sessionId, String clientMessageId) {
        return UUID.nameUUIDFromBytes((sessionId + "\n" + clientMessageId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static void validate(MessageRequest request) {
        if (request == null) {
            throw new ProblemException(400, "malformed-json", "Send {\"clientMessageId\": ..., \"text\": ...}.");
        }
        var clientId = request.clientMessageId();
        if (clientId == null || clientId.isEmpty() || clientId.length() > MAX_CLIENT_ID_LENGTH) {
            throw ProblemException.invalidField("clientMessageId", "1 to 64 characters required.");
        }
        var text = request.text();
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField("text", "1 to 1000 characters required.");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT_CODE_POINTS) {
            throw new ProblemException(413, "message-too-long", "A message has at most 1000 characters.");
        }
    }
}
