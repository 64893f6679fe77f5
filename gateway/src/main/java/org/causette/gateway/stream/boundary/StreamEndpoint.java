package org.causette.gateway.stream.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import org.causette.gateway.blocks.control.BlockList;
import org.causette.gateway.messages.control.MessageSubmission;
import org.causette.gateway.messages.entity.MessageRequest;
import org.causette.gateway.reports.control.ReportOutcomeBox;
import org.causette.gateway.security.control.TokenVerifier;
import org.causette.gateway.stream.control.Frames;
import org.causette.gateway.stream.control.RoomPresenceIndex;
import org.causette.gateway.stream.control.StreamConnection;
import org.causette.gateway.stream.control.StreamRegistry;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.util.List;

/** The real-time stream: one JSON object per text frame, both ways. Frames of one client are handled in order. */
@Dependent
@ServerEndpoint(StreamEndpoint.PATH)
public class StreamEndpoint {
    public static final String PATH = "/api/v1/stream";
    private static final int MAX_FRAME = 64 * 1024;
    private static final System.Logger LOG = System.getLogger(StreamEndpoint.class.getName());

    @Inject
    TokenVerifier verifier;

    @Inject
    StreamRegistry registry;

    @Inject
    RoomPresenceIndex presence;

    @Inject
    BlockList blocks;

    @Inject
    MessageSubmission submission;

    @Inject
    ReportOutcomeBox outcomes;

    @Inject
    @ConfigProperty(name = "causette.gateway.stream.max-queued-frames")
    int maxQueued;

    @Inject
    @ConfigProperty(name = "causette.gateway.stream.idle-timeout-seconds")
    int idleTimeoutSeconds;

    private StreamConnection connection;

    @OnOpen
    public void open(Session session) {
        var identity = verifier.verify(first(session.getRequestParameterMap().get("access_token")));
        session.setMaxIdleTimeout(idleTimeoutSeconds * 1000L);
        session.setMaxTextMessageBufferSize(MAX_FRAME);
        connection = new StreamConnection(session, identity, maxQueued);
        registry.add(connection);
        try {
            outcomes.takeAll(identity.subject()).forEach(connection::send);   // outcomes decided while away
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "report outcomes of session {0} not replayed: {1}",
                    identity.subject(), e.getClass().getSimpleName());
        }
    }

    @OnMessage
    public void receive(String text, Session session) {
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
        if (connection == null) {
            return;
        }
        registry.remove(connection);
        if (!registry.isConnected(connection.sessionId())) {
            presence.forget(connection.sessionId());
            blocks.forget(connection.sessionId());
        }
    }

    @OnError
    public void error(Session session, Throwable error) {
        if (error instanceof ProblemException p) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, p.code()));
            } catch (java.io.IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "stream already closed");
            }
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "stream error", error);
    }

    private static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
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

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
