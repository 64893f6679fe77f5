package org.causette.gateway.stream.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.causette.kit.json.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import org.causette.gateway.messages.control.MessageSubmission;
import org.causette.gateway.messages.entity.MessageRequest;
import org.causette.gateway.reports.control.ReportOutcomeBox;
import org.causette.gateway.sanctions.control.SanctionBook;
import org.causette.gateway.stream.control.Frames;
import org.causette.gateway.stream.control.IncomingMessage;
import org.causette.gateway.stream.control.StreamCloses;
import org.causette.gateway.stream.control.StreamConnection;
import org.causette.gateway.stream.control.StreamHandover;
import org.causette.gateway.stream.control.StreamRegistry;
import org.causette.gateway.web.JsonDepth;
import org.causette.gateway.web.RequestGuard;
import org.causette.kit.problems.ProblemException;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;

/** The real-time stream: one JSON object per text frame, both ways. Frames of one client are handled in order. */
@Dependent
@ServerEndpoint(StreamEndpoint.PATH)
public class StreamEndpoint {
    public static final String PATH = "/api/v1/stream";
    private static final int MAX_MESSAGE_BYTES = 64 * 1024;
    private static final System.Logger LOG = System.getLogger(StreamEndpoint.class.getName());

    @Inject
    StreamRegistry registry;

    @Inject
    MessageSubmission submission;

    @Inject
    ReportOutcomeBox outcomes;

    @Inject
    StreamHandover handover;

    @Inject
    SanctionBook sanctions;

    private final IncomingMessage incoming = new IncomingMessage(MAX_MESSAGE_BYTES);
    private StreamConnection connection;
    private boolean tooBig;

    @OnOpen
    public void open(Session session) {
        // idle streams are closed by StreamRecheck, one at a time: Liberty's own idle timeout closes each on a
        // thread of its executor that waits on the connection, and thousands at once starved the gateway
        session.setMaxIdleTimeout(0);
        var admitted = handover.take(session.getQueryString(), Instant.now()).orElse(null);
        if (admitted == null) {   // not through the filter, or too late: nothing is registered for it
            refuse(session, StreamCloses.SESSION_ENDED);
            return;
        }
        connection = admitted;
        if (!connection.attach(session)) {   // closed before it opened (replaced, banned, ended, stale)
            return;
        }
        var identity = connection.identity();
        if (sanctions.isBanned(identity.subject())) {   // a ban that arrived during the handshake
            connection.close(StreamCloses.BANNED);
            return;
        }
        try {
            outcomes.takeAll(identity.subject()).forEach(connection::send);   // outcomes decided while away
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "report outcomes of session {0} not replayed: {1}",
                    identity.subject(), e.getClass().getSimpleName());
        }
    }

    /**
     * Text arrives in parts (a fragmented message, or a long frame read in pieces): a message over 64 KiB closes the
     * stream as soon as its parts add up to more, before it is ever whole.
     */
    @OnMessage
    public void receive(String part, boolean last, Session session) {
        if (connection == null || tooBig) {
            return;
        }
        connection.active();
        if (incoming.add(part)) {
            if (last) {
                handle(incoming.take());
            }
        } else {   // the rest of the message, still arriving while the stream closes, is not read
            tooBig = true;
            incoming.take();
            connection.close(StreamCloses.TOO_BIG);
        }
    }

    private void handle(String text) {
        String clientMessageId = null;
        try {
            var frame = parse(text);
            var type = frame.getString("type", "");
            if ("ping".equals(type)) {
                connection.send(Frames.pong());
                return;
            }
            if (!"message".equals(type)) {
                throw ProblemException.invalidField("type", "expected message or ping.");
            }
            clientMessageId = string(frame, "clientMessageId");
            var request = new MessageRequest(clientMessageId, string(frame, "text"));
            var room = string(frame, "room");
            var conversation = string(frame, "conversation");
            if ((room == null) == (conversation == null)) {
                throw ProblemException.invalidField("room", "name exactly one of room or conversation.");
            }
            var accepted = room != null ? submission.toRoom(connection.identity(), room, request)
                    : submission.toConversation(connection.identity(), conversation, request);
            connection.send(Frames.ack(clientMessageId, accepted.id()));
        } catch (ProblemException e) {
            connection.send(Frames.error(e.code(), e.getMessage(), clientMessageId));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "stream frame failed", e);
            connection.send(Frames.error("unavailable", "The message could not be accepted; send it again.",
                    clientMessageId));
        }
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        if (connection != null) {
            registry.remove(connection);
        }
    }

    @OnError
    public void error(Session session, Throwable error) {
        // protocol errors of clients (bad frames, resets) are common and say nothing about us: no stack trace
        LOG.log(System.Logger.Level.DEBUG, "stream error: {0}", error.getClass().getName());
    }

    private static void refuse(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "stream already closed");
        }
    }

    private static JsonObject parse(String text) {
        if (JsonDepth.exceeds(text, RequestGuard.MAX_JSON_DEPTH)) {
            throw new ProblemException(400, "malformed-json", "A frame nests deeper than " + RequestGuard.MAX_JSON_DEPTH
                    + " levels.");
        }
        try (var reader = Jsons.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ProblemException(400, "malformed-json", "Each frame is one JSON object.");
        }
    }

    private static String string(JsonObject frame, String name) {
        var value = frame.get(name);
        if (value == null || value.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw ProblemException.invalidField(name, "must be a string.");
        }
        return s.getString();
    }

}
